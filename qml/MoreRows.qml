// A strip beside a scrolling list that says how many rows are out of sight that way
// ("▲ 8 earlier"); empty (but keeping its place) when there are none. A click scrolls.
import QtQuick 2.15
import Diplomap 1.0

Item {
    id: strip
    property real u: 1
    property int count: 0
    property alias text: label.text
    signal clicked()

    visible: count > 0 // its place stays: the list is anchored to it
    anchors.left: parent.left
    anchors.right: parent.right
    height: 24 * u

    Text {
        id: label
        anchors.centerIn: parent
        font.pixelSize: 14 * u
        font.bold: true
        color: Theme.textMuted
    }
    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.PointingHandCursor
        onClicked: strip.clicked()
    }
}
