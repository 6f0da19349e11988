// The tiers with their colour and their count on the current date. Hover (or tap on a touch
// screen) highlights a tier's countries and dims the rest; a mouse click hides or shows it.
import QtQuick 2.15
import Diplomap 1.0

Column {
    id: legend
    property real u: 1
    readonly property alias rows: rows
    spacing: 2 * u

    Text {
        width: legend.width
        wrapMode: Text.WordWrap
        text: Localization.strings.legend.toUpperCase()
        font.pixelSize: 15 * u
        font.bold: true
        font.letterSpacing: 1 * u
        color: Theme.textMuted
        bottomPadding: 6 * u
    }
    Repeater {
        id: rows
        model: MapController.tiers
        delegate: Rectangle {
            id: row
            objectName: "legend_" + model.tier
            readonly property string tier: model.tier
            readonly property alias countText: countLabel.text
            property real shownCount: model.count
            Behavior on shownCount { NumberAnimation { duration: 600; easing.type: Easing.OutCubic } }

            visible: !model.optional || model.count > 0
            width: legend.width
            height: Math.max(38 * u, nameLabel.implicitHeight + 10 * u) // a long name wraps (large text)
            radius: 6 * u
            color: model.highlighted || hoverHandler.hovered ? Theme.control : "transparent"
            opacity: model.hidden ? 0.4 : 1

            Rectangle {
                id: swatch
                x: 8 * u
                anchors.verticalCenter: parent.verticalCenter
                width: 26 * u
                height: 20 * u
                radius: 4 * u
                color: model.color
                border.width: model.tier === "hub" ? 2.5 * u : 0
                border.color: Theme.hubOutline
            }
            Text {
                id: nameLabel
                anchors.left: swatch.right
                anchors.leftMargin: 12 * u
                anchors.right: countLabel.left
                anchors.rightMargin: 8 * u
                anchors.verticalCenter: parent.verticalCenter
                text: model.name
                wrapMode: Text.WordWrap
                font.pixelSize: 19 * u
                font.bold: model.isPartnerTier
                font.strikeout: model.hidden
                color: Theme.text
            }
            Text {
                id: countLabel
                objectName: "count"
                anchors.right: parent.right
                anchors.rightMargin: 10 * u
                anchors.verticalCenter: parent.verticalCenter
                text: model.count < 0 ? "" : Math.round(row.shownCount)
                font.pixelSize: 20 * u
                font.bold: true
                color: Theme.text
            }
            HoverHandler {
                id: hoverHandler
                onHoveredChanged: {
                    if (hovered)
                        Interaction.highlightedTier = row.tier
                    else if (Interaction.highlightedTier === row.tier)
                        Interaction.highlightedTier = ""
                }
            }
            TapHandler {
                acceptedDevices: PointerDevice.Mouse
                onTapped: Interaction.toggleTierHidden(row.tier)
            }
            TapHandler {
                acceptedDevices: PointerDevice.TouchScreen | PointerDevice.Stylus
                onTapped: Interaction.highlightedTier = Interaction.highlightedTier === row.tier ? "" : row.tier
                onLongPressed: Interaction.toggleTierHidden(row.tier)
            }
        }
    }
}
