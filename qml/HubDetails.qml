// The hub's own details (the hub country clicked): its totals at the timeline's date and the
// year's highlights, instead of a tier badge. Included by DetailsPanel.
import QtQuick 2.15
import Diplomap 1.0

Column {
    id: hub
    property real u: 1
    property bool animated: true // the totals count to a new date's values
    spacing: 14 * u

    HubTotals {
        u: hub.u
        animated: hub.animated
        width: hub.width
    }
    Text {
        topPadding: 10 * hub.u
        text: MapController.yearReview.title.toUpperCase()
        font.pixelSize: 15 * hub.u
        font.bold: true
        font.letterSpacing: 1 * hub.u
        color: Theme.textMuted
    }
    YearHighlights {
        u: hub.u
        width: hub.width
        textSize: 16
    }
}
