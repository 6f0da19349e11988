// A pill-shaped text button, highlighted when `checked`.
import QtQuick 2.15
import Diplomap 1.0

Rectangle {
    id: button
    property real u: 1
    property alias text: label.text
    property bool checked: false
    signal clicked()

    implicitWidth: label.implicitWidth + 28 * u
    implicitHeight: 44 * u
    radius: height / 2
    color: checked ? Theme.text : (area.containsMouse ? Qt.darker(Theme.control, Theme.dark ? 0.8 : 1.1) : Theme.control)
    Accessible.role: Accessible.Button
    Accessible.name: label.text

    Text {
        id: label
        anchors.centerIn: parent
        font.pixelSize: 18 * button.u
        font.bold: button.checked
        color: button.checked ? Theme.panel : Theme.text
    }
    MouseArea {
        id: area
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: button.clicked()
    }
}
