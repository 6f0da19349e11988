// The text size setting on screen (issue 13): at every step, at 1920x1080 and 3840x2160, in
// Vietnamese and English, with the details of a long-named country open and the search field,
// no text of the side panels, the timeline or the search is cut (elided, overflowing its box,
// clipped or off the window) or overlaps another. Pictures at the largest size go to reviewDir.
import QtQuick 2.15
import QtTest 1.15
import Diplomap 1.0

Item {
    id: root
    width: 3840
    height: 2160

    Loader {
        id: loader
        width: 1920
        height: 1080
        source: "qrc:/qml/MapScreen.qml"
        onLoaded: item.animated = false
    }

    TestCase {
        name: "TextSize"
        when: windowShown && loader.status === Loader.Ready
        property var screen: loader.item

        function setScale(steps) {
            Theme.presenting = false
            for (var i = 0; i < 5; ++i)
                Theme.smallerText()
            for (var j = 0; j < steps; ++j)
                Theme.largerText()
        }

        function clipAncestor(item) {
            for (var p = item.parent; p && p !== screen; p = p.parent)
                if (p.clip)
                    return p
            return null
        }
        function isIn(item, ancestor) {
            for (var p = item; p; p = p.parent)
                if (p === ancestor)
                    return true
            return false
        }
        // Every shown, non-empty Text under `item` with its rectangle in the screen's coordinates.
        function texts(item, out) {
            if (!item.visible || item.opacity === 0 || out.seen.indexOf(item) >= 0)
                return out
            out.seen.push(item)
            if (item.hasOwnProperty("truncated") && item.hasOwnProperty("contentWidth") && item.text !== "") {
                var r = item.mapToItem(screen, 0, 0, item.width, item.height)
                out.push({item: item, x: r.x, y: r.y, w: item.width, h: item.height})
            }
            for (var i = 0; i < item.children.length; ++i)
                texts(item.children[i], out)
            // a ListView's or a Flickable's rows live in its contentItem
            if (item.contentItem && item.contentItem !== item && item.contentItem.parent === item)
                texts(item.contentItem, out)
            return out
        }
        function describe(t) { return "'" + t.item.text + "' at " + Math.round(t.x) + "," + Math.round(t.y) + " " + Math.round(t.w) + "x" + Math.round(t.h) }

        // Nothing cut: not elided, no wider or taller than its box, inside the window and inside
        // what clips it (a scrolling list may hide whole rows: those are skipped, not cut).
        function checkPanel(panel, what) {
            var acc = []
            acc.seen = []
            var list = texts(panel, acc)
            var shown = []
            for (var i = 0; i < list.length; ++i) {
                var t = list[i]
                var c = clipAncestor(t.item)
                var scrolls = c && c.hasOwnProperty("contentY")
                if (c) {
                    var cr = c.mapToItem(screen, 0, 0, c.width, c.height)
                    var outside = t.y >= cr.y + cr.height - 0.5 || t.y + t.h <= cr.y + 0.5
                    if (outside && scrolls)
                        continue // a row scrolled out of sight
                    if (!scrolls || !outside)
                        verify(t.x >= cr.x - 0.5 && t.x + t.w <= cr.x + cr.width + 0.5, what + ": clipped sideways " + describe(t))
                    if (!scrolls)
                        verify(t.y >= cr.y - 0.5 && t.y + t.h <= cr.y + cr.height + 0.5, what + ": clipped " + describe(t))
                }
                verify(!t.item.truncated, what + ": elided " + describe(t))
                verify(t.item.contentWidth <= t.w + 1, what + ": wider than its box " + describe(t) + " needs " + t.item.contentWidth)
                verify(t.x >= -0.5 && t.x + t.w <= screen.width + 0.5, what + ": off the window " + describe(t))
                if (!scrolls)
                    verify(t.y >= -0.5 && t.y + t.h <= screen.height + 0.5, what + ": off the window " + describe(t))
                shown.push(t)
            }
            // No two texts overlap (a text's box is its painted size, aligned as it draws).
            for (var a = 0; a < shown.length; ++a)
                for (var b = a + 1; b < shown.length; ++b) {
                    var p = shown[a], q = shown[b]
                    var pw = Math.min(p.w, p.item.contentWidth), qw = Math.min(q.w, q.item.contentWidth)
                    var px = p.x + (p.item.horizontalAlignment === Text.AlignHCenter ? (p.w - pw) / 2 : p.item.horizontalAlignment === Text.AlignRight ? p.w - pw : 0)
                    var qx = q.x + (q.item.horizontalAlignment === Text.AlignHCenter ? (q.w - qw) / 2 : q.item.horizontalAlignment === Text.AlignRight ? q.w - qw : 0)
                    var overlap = px < qx + qw - 1 && qx < px + pw - 1 && p.y < q.y + q.h - 1 && q.y < p.y + p.h - 1
                    verify(!overlap, what + ": " + describe(p) + " overlaps " + describe(q))
                }
            return shown.length
        }

        function checkScreen(what) {
            var map = screen.map
            verify(screen.infoPanel.width <= screen.width * 0.36 + 1 || screen.infoPanel.width <= 500 * screen.u * 1.001, what + ": panel width")
            verify(map.width >= screen.width * 0.5, what + ": map width " + map.width)
            verify(screen.freeRect().width >= screen.width * 0.25, what + ": the map beside the details " + screen.freeRect().width)
            verify(checkPanel(screen.infoPanel, what + " info") > 10)
            verify(checkPanel(screen.timelineBar, what + " timeline") > 6)
            verify(checkPanel(screen.detailsPanel, what + " details") > 3)
            verify(screen.timelineBar.track.width >= screen.width * 0.2, what + ": track " + screen.timelineBar.track.width)
        }

        // + (and = for the unshifted key, and the keypad's) and - step the size, within 1 to 2.
        function test_keys() {
            setScale(0)
            keyClick(Qt.Key_Plus)
            compare(Theme.textScale, 1.25)
            keyClick(Qt.Key_Equal)
            compare(Theme.textScale, 1.5)
            keyClick(Qt.Key_Plus, Qt.KeypadModifier)
            compare(Theme.textScale, 1.75)
            keyClick(Qt.Key_Plus)
            keyClick(Qt.Key_Plus)
            compare(Theme.textScale, 2)
            keyClick(Qt.Key_Minus)
            compare(Theme.textScale, 1.75)
            keyClick(Qt.Key_Minus, Qt.KeypadModifier)
            compare(Theme.textScale, 1.5)
            screen.searchBox.show() // typing in the search field is not a shortcut
            keyClick(Qt.Key_Minus)
            compare(Theme.textScale, 1.5)
            screen.searchBox.close()
            setScale(0)
        }

        function test_noTextCutOrOverlapping_data() {
            var rows = []
            var sizes = [[1280, 720], [1920, 1080], [3840, 2160]]
            for (var s = 0; s < sizes.length; ++s)
                for (var l = 0; l < 2; ++l)
                    rows.push({tag: sizes[s][0] + "x" + sizes[s][1] + (l ? " en" : " vi"), w: sizes[s][0], h: sizes[s][1], lang: l ? "en" : "vi"})
            return rows
        }
        function test_noTextCutOrOverlapping(data) {
            loader.width = data.w
            loader.height = data.h
            Localization.language = data.lang
            Timeline.fullRange = false
            Timeline.date = new Date(2025, 11, 31)
            Interaction.select("ARE") // the longest name among the partners, with sources
            for (var step = 0; step < 5; ++step) {
                setScale(step)
                compare(Theme.textScale, [1, 1.25, 1.5, 1.75, 2][step])
                wait(50)
                var what = data.tag + " x" + Theme.textScale
                checkScreen(what)
                Timeline.fullRange = true // 1945 to today: the most year labels
                wait(20)
                checkPanel(screen.timelineBar, what + " all years")
                Timeline.fullRange = false
                screen.searchBox.show()
                screen.searchBox.input.text = "arab"
                wait(20)
                verify(screen.searchBox.results.count > 0)
                checkPanel(screen.searchBox, what + " search")
                verify(screen.searchBox.x >= 0 && screen.searchBox.x + screen.searchBox.width <= screen.width, what + ": search in the window")
                screen.searchBox.close()
            }
            tryCompare(screen.countryLayer, "ready", true, 20000)
            wait(300)
            grabImage(loader).save(reviewDir + "/textsize-2x-" + data.w + "-" + data.lang + ".png") // for review
            Interaction.clearSelection()
            setScale(0)
        }
    }
}
