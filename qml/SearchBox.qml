// Find a country: a field over the map (Ctrl+F or /) and the best matches below it, matched in
// C++ (MapController.search). Up/Down move, Enter chooses, Esc closes; a click chooses too.
import QtQuick 2.15
import Diplomap 1.0

Rectangle {
    id: box
    property real u: 1
    readonly property alias input: input
    readonly property alias results: results
    signal chosen(string key)

    function show() {
        input.text = ""
        visible = true
        input.forceActiveFocus()
    }
    function close() {
        visible = false
        input.text = ""
        input.focus = false
    }
    function choose(row) {
        var key = MapController.search.keyAt(row)
        if (key === "")
            return
        close()
        chosen(key)
    }

    visible: false
    width: Math.min(640 * u, parent ? parent.width - 40 * u : 640 * u)
    height: column.height + 20 * u
    radius: 12 * u
    color: Theme.panel
    border.color: Theme.panelBorder
    border.width: Math.max(1, u)

    Column {
        id: column
        x: 10 * u
        y: 10 * u
        width: parent.width - 20 * u
        spacing: 6 * u
        Rectangle {
            width: parent.width
            height: 56 * u
            radius: 8 * u
            color: Theme.control
            TextInput {
                id: input
                objectName: "searchInput"
                anchors.fill: parent
                anchors.leftMargin: 16 * u
                anchors.rightMargin: 16 * u
                verticalAlignment: TextInput.AlignVCenter
                font.pixelSize: 26 * u
                color: Theme.text
                selectionColor: Theme.accent
                clip: true
                onTextChanged: { MapController.search.query = text; results.currentIndex = 0 }
                Keys.onUpPressed: results.currentIndex = Math.max(0, results.currentIndex - 1)
                Keys.onDownPressed: results.currentIndex = Math.min(results.count - 1, results.currentIndex + 1)
                Keys.onReturnPressed: box.choose(results.currentIndex)
                Keys.onEnterPressed: box.choose(results.currentIndex)
                Keys.onEscapePressed: box.close()
            }
            Text {
                anchors.fill: input
                verticalAlignment: Text.AlignVCenter
                visible: input.text === ""
                text: Localization.strings.searchHint
                font.pixelSize: 22 * u
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
        Text {
            visible: input.text !== "" && results.count === 0
            text: Localization.strings.searchNone
            font.pixelSize: 20 * u
            color: Theme.textMuted
            leftPadding: 16 * u
        }
        ListView {
            id: results
            objectName: "searchResults"
            width: parent.width
            height: contentHeight
            interactive: false
            model: MapController.search
            delegate: Rectangle {
                width: results.width
                height: Math.max(54 * u, names.height + 12 * u) // a long name wraps
                radius: 8 * u
                color: index === results.currentIndex ? Theme.control : "transparent"
                Rectangle {
                    id: swatch
                    x: 14 * u
                    anchors.verticalCenter: parent.verticalCenter
                    width: 22 * u
                    height: 22 * u
                    radius: 4 * u
                    color: model.color
                    border.width: Math.max(1, u)
                    border.color: Theme.panelBorder
                }
                Column {
                    id: names
                    anchors.left: swatch.right
                    anchors.leftMargin: 14 * u
                    anchors.right: parent.right
                    anchors.rightMargin: 14 * u
                    anchors.verticalCenter: parent.verticalCenter
                    Text {
                        width: parent.width
                        text: model.name + (model.otherName !== model.name ? "  ·  " + model.otherName : "")
                        font.pixelSize: 21 * u
                        font.bold: index === results.currentIndex
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        width: parent.width
                        text: model.tierName
                        font.pixelSize: 16 * u
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.PointingHandCursor
                    onClicked: box.choose(index)
                }
            }
        }
    }
}
