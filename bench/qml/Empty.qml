// The same Map with nothing on it: the floor of every scene (clear, Map, swap).
import QtQuick 2.15
import QtLocation 5.15

Map {
    plugin: Plugin { name: "itemsoverlay" }
    color: "#dce8f0"
    copyrightsVisible: false
    minimumZoomLevel: 0
}
