// Issue 11 on screen: "All years" with decade ticks, the side panel's counts (as `diplomap
// summary` gives them, counting to a new date's values), the history chart, the year-in-review
// card (button, Y, Esc; each highlight's sources as publisher, title and date) and the hub's own
// details (totals and highlights).
import QtQuick 2.15
import QtTest 1.15
import Diplomap 1.0

Item {
    id: root
    width: 1280
    height: 720

    Loader {
        id: loader
        anchors.fill: parent
        source: "qrc:/qml/MapScreen.qml"
        onLoaded: item.animated = false
    }

    TestCase {
        name: "History"
        when: windowShown && (loader.status === Loader.Ready || loader.status === Loader.Error)
        property var screen: loader.item

        function init() {
            Interaction.clearSelection()
            Localization.language = "vi"
            Timeline.pause()
            Timeline.fullRange = false
            Timeline.date = new Date(2025, 11, 31)
            screen.yearReview.open = false
        }

        // The visible year labels of the timeline bar, left to right, as [left, right] in the bar.
        function labelSpans() {
            var spans = []
            for (var i = 0; i < Timeline.years.length; ++i) {
                var label = findChild(screen.timelineBar, "label_" + Timeline.years[i].year)
                verify(label, "label of " + Timeline.years[i].year)
                if (label.visible) {
                    var p = label.mapToItem(screen.timelineBar, 0, 0)
                    spans.push([p.x, p.x + label.width])
                }
            }
            return spans
        }

        function test_decadeTicks() {
            compare(Timeline.years.length, 2)
            compare(labelSpans().length, 2)
            Timeline.fullRange = true
            compare(Timeline.viewStart.getFullYear(), 1945)
            compare(Timeline.years.length, 9) // 1945, 1950, ..., 2020
            verify(findChild(screen.timelineBar, "decade_1950"))
            verify(findChild(screen.timelineBar, "decade_2020"))
            for (var size of [[1280, 720], [1920, 1080], [3840, 2160]]) {
                root.width = size[0]
                root.height = size[1]
                wait(0)
                var spans = labelSpans()
                verify(spans.length >= 8, "at least the decades from 1950 are labelled at " + size)
                for (var i = 1; i < spans.length; ++i)
                    verify(spans[i][0] > spans[i - 1][1], "labels " + (i - 1) + " and " + i + " apart at " + size)
            }
            root.width = 1280
            root.height = 720
        }

        // `diplomap summary --date D` as {tier or total: count}.
        function summary(date) {
            var out = cli.run(["summary", "--date", date])
            var counts = {}
            var lines = out.trim().split("\n")
            compare(lines[0], "tier,count", out)
            for (var i = 1; i < lines.length; ++i) {
                var cells = lines[i].split(",")
                counts[cells[0]] = cells[1]
            }
            return counts
        }

        function test_countsAsTheSummary_data() {
            return [{tag: "1950-12-31", date: new Date(1950, 11, 31)}, {tag: "1976-12-31", date: new Date(1976, 11, 31)},
                    {tag: "1992-12-31", date: new Date(1992, 11, 31)}, {tag: "2025-12-31", date: new Date(2025, 11, 31)}]
        }
        function test_countsAsTheSummary(data) {
            var expected = summary(data.tag)
            verify(Number(expected.with_relations) > 0, data.tag)
            Timeline.date = data.date
            var panel = screen.infoPanel
            compare(findChild(panel, "partnerCount").text, expected.partners)
            compare(findChild(panel, "relationsCount").text, expected.with_relations)
            compare(panel.relationsCountText.text, expected.with_relations)
            compare(MapController.yearReview.withRelations, Number(expected.with_relations))
        }

        // Both counts count from one date's values to another's (MapScreen.animated on).
        function test_countsCount() {
            var from = summary("1950-12-31"), to = summary("2025-12-31")
            var partners = screen.infoPanel.partnerCountText, relations = screen.infoPanel.relationsCountText
            Timeline.date = new Date(1950, 11, 31)
            compare(relations.text, from.with_relations)
            screen.animated = true
            Timeline.date = new Date(2025, 11, 31)
            verify(relations.counting)
            verify(partners.counting)
            compare(relations.text, from.with_relations) // the animation starts where the count was
            tryVerify(function() { var n = Number(relations.text); return n > Number(from.with_relations) && n < Number(to.with_relations) },
                      Theme.countAnimationMs, "a count between the two dates'")
            tryCompare(relations, "text", to.with_relations, 5000)
            tryCompare(partners, "text", to.partners, 5000)
            tryVerify(function() { return !relations.counting && !partners.counting }, 5000) // the last frames round to the same number
            screen.animated = false
        }

        function test_chartFollowsTheView() {
            var chart = findChild(screen.infoPanel, "historyChart")
            verify(chart)
            verify(chart.height > 50)
            compare(chart.title, "Quan hệ ngoại giao và đối tác, 2024–2025")
            Timeline.fullRange = true
            verify(chart.title.indexOf("1945–") > 0, chart.title)
        }

        function test_yearReviewCard() {
            var card = screen.yearReview
            compare(card.open, false)
            keyClick(Qt.Key_Y)
            compare(card.open, true)
            compare(findChild(card, "yearReviewTitle").text, "Năm 2025 nhìn lại")
            compare(card.highlights.rows.count, MapController.yearReview.rowCount())
            verify(card.highlights.rows.count > 0)
            keyClick(Qt.Key_Right) // the timeline's keys still step: the card follows the year
            keyClick(Qt.Key_Escape)
            compare(card.open, false)
            var button = screen.infoPanel.reviewButton
            mouseClick(button)
            compare(card.open, true)
            compare(button.checked, true)
            Timeline.date = new Date(2024, 11, 31)
            compare(findChild(card, "yearReviewTitle").text, "Năm 2024 nhìn lại")
            Localization.language = "en"
            compare(findChild(card, "yearReviewTitle").text, "2024 in review")
            verify(checkSources(card), "en")
            Localization.language = "vi"
            verify(checkSources(card), "vi")
            mouseClick(button)
            compare(card.open, false)
        }

        // Every highlight on the card shows its sources as the model gives them (publisher,
        // title, date: no source id, file name or hash on screen); returns how many rows.
        function checkSources(card) {
            var rows = card.highlights.rows
            verify(rows.count > 0)
            for (var i = 0; i < rows.count; ++i) {
                var sources = MapController.yearReview.get(i).sources
                verify(sources.length > 0, "row " + i + " has sources")
                var text = findChild(card, "review_sources_" + i)
                verify(text && text.visible, "sources of row " + i)
                compare(text.text, Localization.strings.sources + ": " + sources.join("; "))
                verify(!/\.csv|[0-9a-f]{12}|[a-z]+-[a-z0-9]+-[0-9]{4}/.test(text.text), "no id on screen: " + text.text)
            }
            return rows.count
        }

        function test_hubDetails() {
            Interaction.select(MapController.hubKey)
            tryCompare(screen.detailsPanel, "open", true)
            compare(findChild(screen.detailsPanel, "hubPartners").text, "42")
            compare(findChild(screen.detailsPanel, "hubWithRelations").text, "195")
            compare(findChild(screen.detailsPanel, "tierBadge").visible, false)
            Timeline.date = new Date(2024, 11, 31)
            compare(findChild(screen.detailsPanel, "hubPartners").text, "32")
            Interaction.select("FRA") // any other country keeps its badge
            compare(findChild(screen.detailsPanel, "tierBadge").visible, true)
            compare(findChild(screen.detailsPanel, "hubPartners").visible, false)
        }

        // The hub's totals count too, as the side panel's (one CountingNumber for both).
        function test_hubTotalsCount() {
            var from = summary("1950-12-31"), to = summary("2025-12-31")
            Timeline.date = new Date(1950, 11, 31)
            Interaction.select(MapController.hubKey)
            tryCompare(screen.detailsPanel, "open", true)
            var relations = findChild(screen.detailsPanel, "hubWithRelations"), partners = findChild(screen.detailsPanel, "hubPartners")
            compare(relations.text, from.with_relations)
            screen.animated = true
            Timeline.date = new Date(2025, 11, 31)
            verify(relations.counting)
            verify(partners.counting)
            compare(relations.text, from.with_relations) // it starts where the count was
            tryVerify(function() { var n = Number(relations.text); return n > Number(from.with_relations) && n < Number(to.with_relations) },
                      Theme.countAnimationMs, "a count between the two dates'")
            tryCompare(relations, "text", to.with_relations, 5000)
            tryCompare(partners, "text", to.partners, 5000)
            screen.animated = false
            Interaction.clearSelection()
        }
    }
}
