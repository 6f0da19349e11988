// Baseline: what a Qt Location developer writes by default, one MapPolygon per polygon part.
import QtQuick 2.15
import QtLocation 5.15
import QtPositioning 5.15
import DiplomapBench 1.0

Map {
    id: map
    property int polygonBackend: MapPolygon.Software
    plugin: Plugin { name: "itemsoverlay" }
    color: "#dce8f0"
    copyrightsVisible: false
    minimumZoomLevel: 0

    MapItemView {
        model: Parts
        delegate: MapPolygon {
            backend: map.polygonBackend
            path: model.path
            color: model.fillColor
            border.width: 1
            border.color: "white"
            Behavior on color { ColorAnimation { duration: 600 } }
        }
    }
}
