// The country layer alone over a Map, as on screen, for the screen/export comparison.
import QtQuick 2.15
import QtLocation 5.15
import QtPositioning 5.15
import Diplomap 1.0

Map {
    id: map
    plugin: Plugin { name: "itemsoverlay" }
    color: Theme.ocean
    copyrightsVisible: false
    minimumZoomLevel: 0
    gesture.enabled: false

    CountryLayer {
        objectName: "layer"
        anchors.fill: parent
        controller: MapController
        center: map.center
        zoomLevel: map.zoomLevel
        background: map.color
        unit: Theme.unitFor(map.width, map.height) // as an export of this size
    }
}
