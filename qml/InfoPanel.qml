// Left panel: title, date (and the year-in-review button), the partner count and the count of
// countries with relations (states only, MapController.yearReview), the legend, the history
// chart and this year's changes.
import QtQuick 2.15
import QtQuick.Layouts 1.15
import Diplomap 1.0

Rectangle {
    id: panel
    property real u: 1
    readonly property alias legend: legend
    readonly property alias changes: changes
    readonly property alias partnerCountText: partnerCount
    readonly property alias relationsCountText: relationsCount
    // Off (screenshots, tests): the counts jump to a new date's values instead of counting.
    property bool animated: true
    readonly property alias chart: chart
    readonly property alias reviewButton: reviewButton
    property bool reviewOpen: false
    signal countryChosen(string key)
    signal reviewRequested()

    width: 500 * u
    color: Theme.panel

    // A big count beside its label and note; it counts to a new date's value. The number takes
    // the width of three digits, so that its label does not move while it counts.
    component CountFigure: RowLayout {
        id: figure
        property real u: 1
        property bool animated: true
        property int count
        property color color
        property alias label: label.text
        property alias note: note.text
        readonly property alias text: number.text
        readonly property bool counting: number.counting
        spacing: 8 * figure.u
        CountingNumber {
            id: number
            count: figure.count
            animated: figure.animated
            Layout.minimumWidth: digits.advanceWidth
            horizontalAlignment: Text.AlignRight
            font.pixelSize: 50 * figure.u
            color: figure.color
            TextMetrics { id: digits; font: number.font; text: "000" }
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignVCenter
            Layout.fillWidth: true
            spacing: 0
            Text {
                id: label
                Layout.fillWidth: true
                font.pixelSize: 22 * figure.u
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                id: note
                Layout.fillWidth: true
                font.pixelSize: 14 * figure.u
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
    }

    Rectangle {
        anchors.right: parent.right
        width: Math.max(1, u)
        height: parent.height
        color: Theme.panelBorder
    }
    // Clicks on the panel stay on the panel.
    MouseArea { anchors.fill: parent; acceptedButtons: Qt.AllButtons; onWheel: wheel.accepted = true }

    // The panel scrolls when its content is taller than the window (a large text size).
    Flickable {
        id: flick
        objectName: "infoFlick"
        anchors.fill: parent
        anchors.margins: 28 * u
        anchors.bottomMargin: 16 * u
        // The change list takes the rest of the panel, at least a title and about four rows.
        contentHeight: Math.max(height, changes.y + 260 * u)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height

        ColumnLayout {
            id: column
            width: flick.width
            spacing: 0

            Text {
                Layout.fillWidth: true
                text: Localization.strings.title
                font.pixelSize: 27 * u
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: Localization.strings.subtitle
                font.pixelSize: 18 * u
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            // The year-in-review button goes under the date when both do not fit (a large text size).
            Flow {
                Layout.topMargin: 22 * u
                Layout.fillWidth: true
                spacing: 12 * u
                Text {
                    objectName: "dateText"
                    text: MapController.dateText
                    font.pixelSize: 36 * u
                    font.bold: true
                    color: Theme.text
                }
                ToggleButton {
                    id: reviewButton
                    objectName: "reviewButton"
                    u: panel.u
                    text: MapController.yearReview.title
                    checked: panel.reviewOpen
                    onClicked: panel.reviewRequested()
                }
            }
            // The two counts side by side, each half of the width, or one under the other when
            // the panel is narrow for its text size (a large text size).
            GridLayout {
                Layout.topMargin: 6 * u
                Layout.fillWidth: true
                columns: panel.width >= 470 * u ? 2 : 1
                columnSpacing: 16 * u
                rowSpacing: 4 * u
                CountFigure {
                    id: partnerCount
                    objectName: "partnerCount"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    u: panel.u
                    animated: panel.animated
                    count: MapController.yearReview.partners
                    color: Theme.hub
                    label: Localization.strings.partners
                    note: Localization.strings.partnersNote
                }
                CountFigure {
                    id: relationsCount
                    objectName: "relationsCount"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    u: panel.u
                    animated: panel.animated
                    count: MapController.yearReview.withRelations
                    color: Theme.text
                    label: Localization.strings.relationsCount
                    note: Localization.strings.relationsNote
                }
            }
            Legend {
                id: legend
                u: panel.u
                Layout.fillWidth: true
                Layout.topMargin: 18 * u
            }
            HistoryChart {
                id: chart
                objectName: "historyChart"
                controller: MapController
                unit: panel.u
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.sizes.chartHeight * u
                Layout.topMargin: 18 * u
            }
        }
        ChangesPanel {
            id: changes
            u: panel.u
            y: column.height + 18 * u
            width: flick.width
            height: flick.contentHeight - y
            onCountryChosen: panel.countryChosen(key)
        }
    }
}
