// The hub's badge on the map: its name in a pill of the hub's colours, joined by a short
// leader to the label point at the bottom-left corner (sizes from the map style, as in exports).
import QtQuick 2.15
import Diplomap 1.0

Item {
    id: badge
    property real u: 1
    property alias text: hubText.text
    width: pill.width + Theme.sizes.hubOffset * u
    height: pill.height + Theme.sizes.hubOffset * u
    Rectangle {
        width: Theme.sizes.hubOffset * badge.u * Math.SQRT2 + 2 * badge.u
        height: 2 * badge.u
        y: parent.height - height / 2
        transformOrigin: Item.Left
        rotation: -45
        color: Theme.hubOutline
        antialiasing: true
    }
    Rectangle {
        id: pill
        x: Theme.sizes.hubOffset * badge.u
        width: hubText.implicitWidth + 2 * Theme.sizes.hubPaddingX * badge.u
        height: hubText.implicitHeight + 2 * Theme.sizes.hubPaddingY * badge.u
        radius: height / 2
        color: Theme.hub
        border.width: 2 * badge.u
        border.color: Theme.hubOutline
        Text {
            id: hubText
            anchors.centerIn: parent
            font.pixelSize: Theme.sizes.hubLabel * badge.u
            font.bold: true
            font.letterSpacing: Theme.sizes.hubLetterSpacing * badge.u
            color: "white"
        }
    }
}
