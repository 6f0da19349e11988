// The year's highlights (MapController.yearReview): the summary lines, then the visits and
// events with their date and country; under each, its sources (publisher, title and date). Shared by the year-in-review card and the hub's panel.
import QtQuick 2.15
import Diplomap 1.0

Column {
    id: list
    property real u: 1
    property real textSize: 17 // px at unit 1
    readonly property alias rows: rows
    spacing: 10 * u

    Text {
        width: list.width
        visible: rows.count === 0
        text: MapController.yearReview.empty
        font.pixelSize: list.textSize * list.u
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    Repeater {
        id: rows
        model: MapController.yearReview
        delegate: Item {
            objectName: "review_" + index
            readonly property bool summary: model.kind === "summary"
            width: list.width
            height: Math.max(marker.height, body.height)
            Rectangle {
                id: marker
                y: (list.textSize * 0.7 - 4) * list.u
                width: (summary ? 8 : 10) * list.u
                height: width
                radius: summary ? width / 2 : 2 * list.u
                color: summary ? Theme.textMuted : Theme.hub
            }
            Column {
                id: body
                x: 22 * list.u
                width: parent.width - x
                spacing: 2 * list.u
                Text {
                    width: parent.width
                    visible: !summary
                    text: [model.date, model.country, model.kindName].filter(function(s) { return s !== "" }).join(" · ")
                    font.pixelSize: list.textSize * 0.82 * list.u
                    font.bold: true
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: parent.width
                    text: model.text
                    font.pixelSize: list.textSize * list.u
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    lineHeight: 1.1
                }
                Text {
                    objectName: "review_sources_" + index
                    width: parent.width
                    visible: model.sources.length > 0
                    text: Localization.strings.sources + ": " + model.sources.join("; ")
                    font.pixelSize: Math.max(14, list.textSize * 0.75) * list.u
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
