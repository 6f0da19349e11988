// The hub's totals at the timeline's date (MapController.yearReview): partners, states with
// relations, and the states of each tier. In the hub's panel and the year-in-review card.
import QtQuick 2.15
import Diplomap 1.0

Column {
    id: totals
    property real u: 1
    property bool perTier: true
    readonly property var review: MapController.yearReview
    spacing: 6 * u

    Text {
        text: totals.review.totalsHeading.toUpperCase()
        font.pixelSize: 15 * u
        font.bold: true
        font.letterSpacing: 1 * u
        color: Theme.textMuted
    }
    Row {
        spacing: 28 * u
        Repeater {
            model: [{objectName: "hubPartners", count: totals.review.partners, label: Localization.strings.partners},
                    {objectName: "hubWithRelations", count: totals.review.withRelations, label: Localization.strings.withRelations}]
            delegate: Column {
                width: (totals.width - 28 * totals.u) / 2
                Text {
                    objectName: modelData.objectName
                    text: modelData.count
                    font.pixelSize: 44 * totals.u
                    font.bold: true
                    color: index === 0 ? Theme.hub : Theme.text
                }
                Text {
                    width: parent.width
                    text: modelData.label
                    font.pixelSize: 17 * totals.u
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
    Repeater {
        model: totals.perTier ? totals.review.tiers : []
        delegate: Item {
            width: totals.width
            height: 30 * totals.u
            Rectangle {
                id: swatch
                anchors.verticalCenter: parent.verticalCenter
                width: 22 * totals.u
                height: 16 * totals.u
                radius: 3 * totals.u
                color: modelData.color
                border.width: Math.max(1, 0.8 * totals.u)
                border.color: Theme.panelBorder
            }
            Text {
                anchors.left: swatch.right
                anchors.leftMargin: 10 * totals.u
                anchors.right: count.left
                anchors.verticalCenter: parent.verticalCenter
                text: modelData.name
                elide: Text.ElideRight
                font.pixelSize: 17 * totals.u
                color: Theme.text
            }
            Text {
                id: count
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: modelData.count
                font.pixelSize: 18 * totals.u
                font.bold: true
                color: Theme.text
            }
        }
    }
}
