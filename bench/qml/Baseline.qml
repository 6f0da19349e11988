// Baseline: what a Qt Location developer writes by default, one MapPolygon per polygon part,
// coloured by a binding with a colour animation.
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

    Component {
        id: polygonComponent
        MapPolygon {
            property int part: -1
            backend: map.polygonBackend
            color: Parts.revision, Parts.color(part)
            border.width: 1
            border.color: "white"
            Behavior on color { ColorAnimation { duration: 600 } }
        }
    }

    Component.onCompleted: {
        for (var i = 0; i < Parts.count; ++i)
            map.addMapItem(polygonComponent.createObject(map, { part: i, path: Parts.path(i) }))
    }
}
