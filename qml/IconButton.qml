// A round button showing an Icon.
import QtQuick 2.15
import Diplomap 1.0

Rectangle {
    id: button
    property real u: 1
    property alias icon: glyph.name
    property string tooltip: ""
    property bool primary: false
    signal clicked()

    implicitWidth: 52 * u
    implicitHeight: implicitWidth
    radius: width / 2
    color: primary ? Theme.hub : (area.containsMouse ? Qt.darker(Theme.control, Theme.dark ? 0.8 : 1.1) : Theme.control)
    opacity: enabled ? 1 : 0.35
    Accessible.role: Accessible.Button
    Accessible.name: tooltip

    Icon {
        id: glyph
        anchors.centerIn: parent
        width: parent.width * 0.46
        height: width
        color: button.primary ? "white" : Theme.text
    }
    MouseArea {
        id: area
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: button.clicked()
    }
}
