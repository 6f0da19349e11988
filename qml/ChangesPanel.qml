// The tier changes of the current year, in date order; the latest that happened is marked.
// A click flies to the country and opens its details.
import QtQuick 2.15
import Diplomap 1.0

Item {
    id: panel
    property real u: 1
    readonly property alias list: list
    readonly property alias moreAbove: moreAbove
    readonly property alias moreBelow: moreBelow
    // Rows out of sight above and below (the list scrolls: say so).
    readonly property int hiddenAbove: list.count === 0 ? 0 : Math.max(0, list.indexAt(1, list.contentY + 1))
    readonly property int hiddenBelow: {
        if (list.count === 0)
            return 0
        var last = list.indexAt(1, list.contentY + list.height - 2)
        return last < 0 ? 0 : list.count - 1 - last
    }
    // A narrow list (a large text size): the chips go below the name, which then has the row.
    readonly property bool twoLines: list.width < 420 * u
    signal countryChosen(string key)

    Text {
        id: title
        text: (Localization.strings.changes + " " + MapController.changes.year).toUpperCase()
        font.pixelSize: 15 * u
        font.bold: true
        font.letterSpacing: 1 * u
        color: Theme.textMuted
    }
    Text {
        anchors.top: title.bottom
        anchors.topMargin: 10 * u
        visible: list.count === 0
        text: Localization.strings.noChanges
        font.pixelSize: 17 * u
        color: Theme.textMuted
    }
    // The date column: as wide as the widest date of the year's changes ("tháng 11").
    TextMetrics {
        id: dateColumn
        font.pixelSize: 15 * panel.u
        text: MapController.changes.widestShortDate
    }
    ListView {
        id: list
        anchors.top: moreAbove.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        // Whole rows only: a row cut at the top would look like the list's first.
        readonly property real rowPitch: (panel.twoLines ? 62 : 36) * u + spacing
        height: Math.max(0, Math.floor((panel.height - y - moreBelow.height + spacing) / rowPitch) * rowPitch - spacing)
        clip: true
        spacing: 1 * u
        boundsBehavior: Flickable.StopAtBounds
        model: MapController.changes
        currentIndex: MapController.changes.latest
        highlightFollowsCurrentItem: false
        // Keep the latest change in sight (once laid out: positioning before does nothing).
        // with a whole row at the top (rows change height with the text size)
        function showLatest() {
            if (currentIndex < 0)
                return
            var rows = Math.max(1, Math.round((height + spacing) / rowPitch))
            var top = Math.max(0, indexAt(1, contentY + 1))
            if (currentIndex < top)
                top = currentIndex
            else if (currentIndex >= top + rows)
                top = currentIndex - rows + 1
            positionViewAtIndex(Math.max(0, Math.min(top, count - rows)), ListView.Beginning)
        }
        onCurrentIndexChanged: Qt.callLater(showLatest)
        onHeightChanged: Qt.callLater(showLatest)
        onRowPitchChanged: Qt.callLater(showLatest)
        onCountChanged: Qt.callLater(showLatest)
        onModelChanged: Qt.callLater(showLatest)
        Connections {
            target: MapController.changes
            function onModelReset() { Qt.callLater(list.showLatest) }
        }

        delegate: Rectangle {
            id: row
            objectName: "change_" + model.key
            width: list.width
            height: list.rowPitch - list.spacing
            radius: 5 * u
            color: area.containsMouse ? Theme.control : "transparent"
            opacity: model.happened ? 1 : 0.38

            Rectangle {
                visible: index === list.currentIndex
                width: 4 * u
                height: parent.height - 8 * u
                anchors.verticalCenter: parent.verticalCenter
                radius: 2 * u
                color: Theme.hub
            }
            Text {
                id: dateLabel
                x: 10 * u
                width: Math.max(62 * u, dateColumn.advanceWidth + 8 * u)
                y: nameLabel.y + nameLabel.baselineOffset - baselineOffset // on the name's baseline
                text: model.shortDate
                font.pixelSize: 15 * u
                color: Theme.textMuted
            }
            Text {
                id: nameLabel
                anchors.left: dateLabel.right
                anchors.right: panel.twoLines ? parent.right : chips.left
                anchors.rightMargin: 8 * u
                y: panel.twoLines ? 5 * u : (parent.height - height) / 2
                text: model.name
                elide: Text.ElideRight
                font.pixelSize: 17 * u
                font.bold: true
                color: Theme.text
            }
            Row {
                id: chips
                anchors.right: parent.right
                anchors.rightMargin: 4 * u
                y: panel.twoLines ? parent.height - height - 5 * u : (parent.height - height) / 2
                spacing: 4 * u
                Rectangle {
                    width: fromLabel.implicitWidth + 12 * u
                    height: 24 * u
                    radius: 4 * u
                    color: model.fromColor
                    Text {
                        id: fromLabel
                        anchors.centerIn: parent
                        text: model.fromShort
                        font.pixelSize: 13 * u
                        color: model.fromTextColor
                    }
                }
                Icon {
                    name: "arrow"
                    width: 16 * u
                    height: 16 * u
                    anchors.verticalCenter: parent.verticalCenter
                    color: Theme.textMuted
                }
                Rectangle {
                    width: toLabel.implicitWidth + 12 * u
                    height: 24 * u
                    radius: 4 * u
                    color: model.toColor
                    Text {
                        id: toLabel
                        anchors.centerIn: parent
                        text: model.toShort
                        font.pixelSize: 13 * u
                        font.bold: true
                        color: model.toTextColor
                    }
                }
            }
            MouseArea {
                id: area
                anchors.fill: parent
                hoverEnabled: true
                cursorShape: Qt.PointingHandCursor
                onClicked: panel.countryChosen(model.key)
            }
        }
    }

    // "▲ 8 earlier" above the list and "▼ 3 later" below it; a click scrolls a page that way.
    MoreRows {
        id: moreAbove
        objectName: "moreAbove"
        anchors.top: title.bottom
        anchors.topMargin: 4 * u
        u: panel.u
        count: panel.hiddenAbove
        text: Localization.strings.changesAbove.arg(count)
        onClicked: list.contentY = Math.max(list.originY, list.contentY - list.height * 0.8)
    }
    MoreRows {
        id: moreBelow
        objectName: "moreBelow"
        anchors.top: list.bottom
        u: panel.u
        count: panel.hiddenBelow
        text: Localization.strings.changesBelow.arg(count)
        onClicked: list.contentY = Math.min(list.originY + list.contentHeight - list.height, list.contentY + list.height * 0.8)
    }
}
