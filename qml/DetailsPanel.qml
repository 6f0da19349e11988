// The selected country: names in both languages, tier badge, since when, the framework's
// wording, since when it has had diplomatic relations (inherited from which state, established
// with whom before 1976), its history as a small timeline with notes, highlights and visits,
// and the sources as publisher, title and date.
// Closed by its button, Esc, or a click on the map outside any country.
import QtQuick 2.15
import Diplomap 1.0

Rectangle {
    id: panel
    property real u: 1
    property bool animated: true // the hub's totals count to a new date's values
    readonly property bool open: MapController.details.active
    readonly property alias nameText: nameText
    readonly property alias tierBadgeText: badgeText
    readonly property var details: MapController.details

    width: 500 * u
    x: parent.width - width
    visible: open
    color: Theme.panel

    Rectangle {
        width: Math.max(1, u)
        height: parent.height
        color: Theme.panelBorder
    }
    MouseArea { anchors.fill: parent; acceptedButtons: Qt.AllButtons; onWheel: wheel.accepted = true }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: 28 * u
        anchors.rightMargin: 20 * u
        contentHeight: content.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content
            width: flick.width
            spacing: 10 * u

            Item {
                width: parent.width
                height: Math.max(nameText.height, closeButton.height)
                Text {
                    id: nameText
                    objectName: "detailsName"
                    anchors.left: parent.left
                    anchors.right: closeButton.left
                    anchors.rightMargin: 12 * u
                    text: details.name
                    font.pixelSize: 36 * u
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                IconButton {
                    id: closeButton
                    u: panel.u
                    anchors.right: parent.right
                    implicitWidth: 44 * u
                    icon: "close"
                    tooltip: Localization.strings.close
                    onClicked: Interaction.clearSelection()
                }
            }
            Text {
                width: parent.width
                text: details.otherName
                visible: text !== "" && text !== details.name
                font.pixelSize: 20 * u
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            HubDetails {
                visible: details.key === MapController.hubKey
                animated: panel.animated
                width: parent.width
                u: panel.u
            }
            Rectangle {
                id: badge
                objectName: "tierBadge"
                visible: details.key !== MapController.hubKey
                width: Math.min(parent.width, badgeText.implicitWidth + 28 * u)
                height: badgeText.height + 14 * u
                radius: height / 2
                color: details.tierColor
                Text {
                    id: badgeText
                    objectName: "tierBadgeText"
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, panel.width - 90 * u)
                    text: details.tierName
                    font.pixelSize: 19 * u
                    font.bold: true
                    color: details.tierTextColor
                    wrapMode: Text.WordWrap
                }
            }
            Text {
                width: parent.width
                visible: details.since !== ""
                text: Localization.strings.since + " " + details.since
                font.pixelSize: 19 * u
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Repeater {
                // Since when it has had relations, how they came down to today's state, who held them.
                model: [details.relationsSince, details.lineage, details.heldBy]
                delegate: Text {
                    objectName: "relationsLine" + index
                    width: content.width
                    visible: modelData !== ""
                    text: modelData
                    font.pixelSize: 17 * u
                    color: index === 0 ? Theme.text : Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
            Text {
                width: parent.width
                visible: details.framework !== "" && details.framework !== details.tierName
                text: Localization.strings.framework + ": " + details.framework
                font.pixelSize: 18 * u
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                visible: details.sovereignName !== ""
                text: Localization.strings.dependencyOf + " " + details.sovereignName + " (" + Localization.strings.followsSovereign + ")"
                font.pixelSize: 17 * u
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "noteText"
                width: parent.width
                visible: details.note !== ""
                text: details.note
                font.pixelSize: 19 * u
                color: Theme.text
                wrapMode: Text.WordWrap
            }

            // History, oldest first, as a small vertical timeline.
            Text {
                topPadding: 12 * u
                visible: details.history.length > 0
                text: Localization.strings.history.toUpperCase()
                font.pixelSize: 15 * u
                font.bold: true
                font.letterSpacing: 1 * u
                color: Theme.textMuted
            }
            Column {
                width: parent.width
                Repeater {
                    model: details.history
                    delegate: Item {
                        width: parent.width
                        height: entry.height + 12 * u
                        opacity: modelData.future ? 0.4 : 1
                        Rectangle {
                            visible: index < details.history.length - 1
                            x: 8 * u
                            y: 14 * u
                            width: 2 * u
                            height: parent.height
                            color: Theme.panelBorder
                        }
                        Rectangle {
                            x: 1 * u
                            y: 5 * u
                            width: 16 * u
                            height: width
                            radius: width / 2
                            color: modelData.color
                            border.width: modelData.current ? 3 * u : 0
                            border.color: Theme.text
                        }
                        Column {
                            id: entry
                            x: 30 * u
                            width: parent.width - x
                            Text {
                                width: parent.width
                                text: modelData.date
                                font.pixelSize: 15 * u
                                color: Theme.textMuted
                            }
                            Text {
                                width: parent.width
                                text: modelData.state !== "" ? modelData.state + ": " + modelData.tierName : modelData.tierName
                                font.pixelSize: 17 * u
                                font.bold: modelData.current
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                width: parent.width
                                visible: modelData.framework !== ""
                                text: modelData.framework
                                font.pixelSize: 15 * u
                                font.italic: true
                                color: Theme.textMuted
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                width: parent.width
                                visible: modelData.note !== ""
                                text: modelData.note
                                font.pixelSize: 14 * u
                                color: Theme.textMuted
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }

            Text {
                topPadding: 8 * u
                visible: details.highlights.length > 0
                text: Localization.strings.highlights.toUpperCase()
                font.pixelSize: 15 * u
                font.bold: true
                font.letterSpacing: 1 * u
                color: Theme.textMuted
            }
            Repeater {
                model: details.highlights
                delegate: Column {
                    width: content.width
                    spacing: 2 * u
                    Text {
                        text: modelData.kindName + " · " + modelData.date
                        font.pixelSize: 14 * u
                        font.bold: true
                        color: Theme.textMuted
                    }
                    Text {
                        width: parent.width
                        text: modelData.text
                        font.pixelSize: 17 * u
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
            }

            Text {
                topPadding: 8 * u
                visible: details.sources.length > 0
                text: Localization.strings.sources.toUpperCase()
                font.pixelSize: 15 * u
                font.bold: true
                font.letterSpacing: 1 * u
                color: Theme.textMuted
            }
            Text {
                objectName: "sourcesText"
                width: parent.width
                visible: details.sources.length > 0
                text: details.sources.join("\n")
                lineHeight: 1.15
                font.pixelSize: 14 * u
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
    }
}
