// Shown instead of a silently empty map when the data did not load, or over the last valid data
// when an edited file has problems (hot reload): every problem, listed, in the current language
// around the technical details. Close (or Esc) dismisses it; new problems show it again.
import QtQuick 2.15
import Diplomap 1.0

Rectangle {
    id: panel
    property real u: 1
    property var errors: MapController.errors
    property bool dismissed: false
    onErrorsChanged: dismissed = false
    readonly property bool stale: MapController.stale // the map shows the last valid data
    readonly property alias titleText: title
    readonly property alias closeButton: closeButton
    objectName: "errorPanel"
    visible: errors.length > 0 && !dismissed
    width: Math.min(1100 * u, parent ? parent.width - 80 * u : 1100 * u)
    height: Math.min(column.height + 56 * u, parent ? parent.height - 80 * u : 800 * u)
    radius: 12 * u
    color: Theme.panel
    border.color: Theme.hub
    border.width: 2 * u

    IconButton {
        id: closeButton
        objectName: "errorPanelClose"
        u: panel.u
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 16 * u
        z: 1
        icon: "close"
        tooltip: panel.stale ? Localization.strings.reloadErrorsDismiss : Localization.strings.dataErrorsDismiss
        onClicked: panel.dismissed = true
    }

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
                id: title
                width: parent.width - closeButton.width
                text: panel.stale ? Localization.strings.reloadErrors : Localization.strings.dataErrors
                font.pixelSize: 32 * u
                font.bold: true
                color: Theme.hub
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                text: panel.stale ? Localization.strings.reloadErrorsHint : Localization.strings.dataErrorsHint
                font.pixelSize: 19 * u
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                text: Localization.strings.dataErrorsDetails
                font.pixelSize: 16 * u
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: panel.errors
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
