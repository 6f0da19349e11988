// Shown instead of a silently empty map when the data did not load: every problem, listed.
import QtQuick 2.15
import Diplomap 1.0

Rectangle {
    id: panel
    property real u: 1
    objectName: "errorPanel"
    visible: !MapController.ok
    width: Math.min(1100 * u, parent ? parent.width - 80 * u : 1100 * u)
    height: Math.min(column.height + 56 * u, parent ? parent.height - 80 * u : 800 * u)
    radius: 12 * u
    color: Theme.panel
    border.color: Theme.hub
    border.width: 2 * u

    Flickable {
        anchors.fill: parent
        anchors.margins: 28 * u
        contentHeight: column.height
        clip: true
        Column {
            id: column
            width: parent.width
            spacing: 12 * u
            Text {
                text: Localization.strings.dataErrors
                font.pixelSize: 32 * u
                font.bold: true
                color: Theme.hub
            }
            Text {
                width: parent.width
                text: Localization.strings.dataErrorsHint
                font.pixelSize: 19 * u
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: MapController.errors
                delegate: Text {
                    width: column.width
                    text: "• " + modelData
                    font.pixelSize: 16 * u
                    font.family: "monospace"
                    color: Theme.text
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }
}
