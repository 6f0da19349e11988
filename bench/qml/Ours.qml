// diplomap's country layer over the same Map.
import QtQuick 2.15
import QtLocation 5.15
import QtPositioning 5.15
import Diplomap 1.0

Map {
    id: map
    plugin: Plugin { name: "itemsoverlay" }
    color: "#dce8f0"
    copyrightsVisible: false
    minimumZoomLevel: 0
    property bool rasterCache: true // false: every frame rasterised (issue 16's switch)

    CountryLayer {
        anchors.fill: parent
        controller: MapController
        center: map.center
        zoomLevel: map.zoomLevel
        rasterCache: map.rasterCache
        background: map.color
    }
}
