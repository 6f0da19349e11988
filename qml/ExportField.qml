// A one-line text field in the export dialog's style; red-bordered when not `valid`.
import QtQuick 2.15
import Diplomap 1.0

Rectangle {
    id: field
    property real u: 1
    property alias text: input.text
    property alias validator: input.validator
    property alias inputMethodHints: input.inputMethodHints
    readonly property alias acceptable: input.acceptableInput
    property bool valid: true
    signal edited(string text)
    implicitWidth: 180 * u
    implicitHeight: 44 * u
    radius: 8 * u
    color: Theme.control
    border.width: (input.activeFocus || !valid ? 2 : 1) * u
    border.color: !valid ? Theme.accent : (input.activeFocus ? Theme.text : Theme.panelBorder)
    TextInput {
        id: input
        anchors.fill: parent
        anchors.leftMargin: 14 * field.u
        anchors.rightMargin: 14 * field.u
        verticalAlignment: TextInput.AlignVCenter
        font.pixelSize: 18 * field.u
        color: Theme.text
        selectByMouse: true
        selectionColor: Theme.hub
        selectedTextColor: "white"
        clip: true
        onTextEdited: field.edited(text)
    }
}
