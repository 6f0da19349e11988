// One of the hub's landmarks (an archipelago) at its position: a diamond marker and two lines
// of text, the name and "(Việt Nam)", to its right (above it when `above`; to its left when
// `textLeft`: no room on the right, as the overlay placer decides). Sizes from the map
// style, as the overlay placer and the export use them. Hover and click it as a country.
import QtQuick 2.15
import Diplomap 1.0

Item {
    id: marker
    property real u: 1
    property string name
    property string owner
    property bool above: false
    property bool textLeft: false
    readonly property bool hovered: area.containsMouse
    signal clicked()

    MouseArea {
        id: area
        x: Math.min(lines.x, -Theme.sizes.landmarkMarker * marker.u)
        y: lines.y
        width: Math.max(lines.x + lines.width, Theme.sizes.landmarkMarker * marker.u) - x
        height: lines.height
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: marker.clicked()
    }
    Rectangle {
        width: Theme.sizes.landmarkMarker * marker.u
        height: width
        x: -width / 2
        y: -height / 2
        rotation: 45
        antialiasing: true
        color: Theme.hub
        border.width: 1.5 * marker.u
        border.color: Theme.hubOutline
    }
    Column {
        id: lines
        x: marker.textLeft ? -Theme.sizes.landmarkTextX * marker.u - width : Theme.sizes.landmarkTextX * marker.u
        y: marker.above ? 4 * marker.u - height : -4 * marker.u
        Text {
            text: marker.name
            font.pixelSize: Theme.sizes.landmark * marker.u
            font.bold: true
            color: Theme.text
            style: Text.Outline
            styleColor: Theme.textHalo
        }
        Text {
            text: marker.owner
            font.pixelSize: Theme.sizes.landmarkOwner * marker.u
            color: Theme.text
            style: Text.Outline
            styleColor: Theme.textHalo
        }
    }
}
