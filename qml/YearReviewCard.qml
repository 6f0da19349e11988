// The year in review (the side panel's button or Y; Esc, the close button or a click beside
// it closes it): the timeline's year with its summary lines, visits and events
// (highlights.csv) and the hub's totals at the date. It follows the timeline: stepping to
// another year shows that year.
import QtQuick 2.15
import Diplomap 1.0

Item {
    id: card
    property real u: 1
    property bool animated: true // the totals count to a new date's values
    property bool open: false
    readonly property alias panel: panel
    readonly property alias highlights: highlights
    visible: open

    Rectangle {
        anchors.fill: parent
        color: "black"
        opacity: Theme.dark ? 0.45 : 0.25
    }
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onClicked: card.open = false
        onWheel: wheel.accepted = true
    }

    Rectangle {
        id: panel
        objectName: "yearReviewPanel"
        anchors.centerIn: parent
        width: Math.min(880 * u, parent.width - 60 * u)
        height: Math.min(flick.contentHeight + 64 * u, parent.height - 60 * u)
        radius: 14 * u
        color: Theme.panel
        border.color: Theme.panelBorder
        border.width: Math.max(1, u)
        MouseArea { anchors.fill: parent; acceptedButtons: Qt.AllButtons; onWheel: wheel.accepted = true }

        IconButton {
            id: closeButton
            u: card.u
            z: 1
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 24 * u
            implicitWidth: 44 * u
            icon: "close"
            tooltip: Localization.strings.close
            onClicked: card.open = false
        }
        Flickable {
            id: flick
            anchors.fill: parent
            anchors.margins: 32 * u
            anchors.leftMargin: 40 * u
            contentHeight: content.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: content
                width: flick.width
                spacing: 18 * u
                Text {
                    objectName: "yearReviewTitle"
                    width: parent.width - 60 * u
                    text: MapController.yearReview.title
                    font.pixelSize: 38 * u
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                HubTotals {
                    u: card.u
                    animated: card.animated
                    width: Math.min(parent.width, 560 * u)
                    perTier: false
                }
                YearHighlights {
                    id: highlights
                    u: card.u
                    width: parent.width
                    textSize: 20
                }
            }
        }
        // More below: the text fades out at the bottom edge until scrolled to the end.
        Rectangle {
            anchors.left: flick.left
            anchors.right: flick.right
            anchors.bottom: flick.bottom
            height: 56 * u
            visible: !flick.atYEnd
            gradient: Gradient {
                GradientStop { position: 0; color: "transparent" }
                GradientStop { position: 1; color: Theme.panel }
            }
        }
    }
}
