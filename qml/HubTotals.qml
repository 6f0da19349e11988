// The hub's totals at the timeline's date (MapController.yearReview): partners, states with
// relations, and the states of each tier. In the hub's panel and the year-in-review card.
import QtQuick 2.15
import Diplomap 1.0

Column {
    id: totals
    property real u: 1
    property bool perTier: true
    property bool animated: true // the two counts count to a new date's values
    readonly property var review: MapController.yearReview
    spacing: 6 * u

    Text {
        text: totals.review.totalsHeading.toUpperCase()
        font.pixelSize: 15 * u
        font.bold: true
        font.letterSpacing: 1 * u
        color: Theme.textMuted
    }
    // A total over its label; its number counts to a new date's value.
    component Total: Column {
        property alias count: number.count
        property alias numberName: number.objectName
        property alias color: number.color
        property alias label: label.text
        width: (totals.width - 28 * totals.u) / 2
        CountingNumber {
            id: number
            animated: totals.animated
            font.pixelSize: 44 * totals.u
        }
        Text {
            id: label
            width: parent.width
            font.pixelSize: 17 * totals.u
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }
    Row {
        spacing: 28 * u
        Total {
            numberName: "hubPartners"
            count: totals.review.partners
            color: Theme.hub
            label: Localization.strings.partners
        }
        Total {
            numberName: "hubWithRelations"
            count: totals.review.withRelations
            color: Theme.text
            label: Localization.strings.withRelations
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
