// The presenter map as shown: MapScreen.qml with the bundled data.
import QtQuick 2.15
import QtTest 1.15
import QtPositioning 5.15
import Diplomap 1.0
import "qrc:/qml" as Ui

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
        id: test
        name: "MapScreen"
        when: windowShown && (loader.status === Loader.Ready || loader.status === Loader.Error)

        property var screen: loader.item
        property var map: screen ? screen.map : null
        property var countryLayer: screen ? screen.countryLayer : null

        function initTestCase() {
            compare(loader.status, Loader.Ready, "MapScreen.qml loads")
        }

        // A failed test leaves no dialog open over the next one.
        function cleanup() {
            if (screen.exportDialog.open)
                screen.exportDialog.close()
            if (screen.searchBox.visible)
                screen.searchBox.close()
        }

        function init() {
            Interaction.clearSelection()
            Interaction.showLabels = false
            Interaction.highlightedTier = ""
            for (var i = 0; i < Interaction.hiddenTiers.length; ++i)
                Interaction.toggleTierHidden(Interaction.hiddenTiers[i])
            Localization.language = "vi"
            Theme.name = "light"
            Timeline.pause()
            Timeline.fullRange = false
            Timeline.date = new Date(2025, 11, 31)
            countryLayer.transitionDuration = 100
            countryLayer.pulseDuration = 100
            screen.interactive = false
            screen.showRegion("world", false)
            tryCompare(countryLayer, "ready", true, 20000)
            tryCompare(countryLayer, "animating", false)
        }

        function setDate(y, m, d) {
            Timeline.date = new Date(y, m - 1, d)
            tryCompare(countryLayer, "animating", false)
            wait(0)
        }

        function pointOf(key) {
            var c = Camera.labelCoordinate(key)
            return countryLayer.project(c.longitude, c.latitude)
        }
        // Mouse events go to the window: positions are mapped from the layer (inside the Map,
        // QtTest's own mapping of item positions does not hold).
        function clickLayer(p) {
            var q = countryLayer.mapToItem(root, p)
            mouseMove(root, q.x, q.y) // as a real pointer does before it presses
            mouseClick(root, q.x, q.y)
        }
        function moveOnLayer(p) {
            var q = countryLayer.mapToItem(root, p)
            mouseMove(root, q.x, q.y)
        }

        function compareColor(actual, expected, what) {
            var tolerance = 3 / 255
            verify(Math.abs(actual.r - expected.r) <= tolerance && Math.abs(actual.g - expected.g) <= tolerance
                   && Math.abs(actual.b - expected.b) <= tolerance,
                   what + ": " + actual + " is not " + expected)
        }

        // The window's pixel at a country's label point (grabImage of the whole scene: an
        // item inside the Map is not where grabImage(item) looks for it).
        function pixelAt(key) {
            waitForRendering(countryLayer)
            var p = countryLayer.mapToItem(root, pointOf(key))
            var image = grabImage(root)
            return image.pixel(Math.round(p.x), Math.round(p.y))
        }

        // The layer's own projection is Qt Location's: label points agree within a pixel.
        function test_registration() {
            var views = [{lat: 30, lon: 10, zoom: map.minimumZoomLevel}, {lat: 48, lon: 5, zoom: 4},
                         {lat: -25, lon: 135, zoom: 3.3}, {lat: 20, lon: 170, zoom: 2.9}, {lat: 46, lon: 2, zoom: 6.3}]
            var keys = ["GBR", "FRA", "AUS", "BRA", "JPN", "VNM", "NZL", "USA"]
            var checked = 0
            for (var v = 0; v < views.length; ++v) {
                map.zoomLevel = views[v].zoom
                map.center = QtPositioning.coordinate(views[v].lat, views[v].lon)
                compare(countryLayer.zoomLevel, map.zoomLevel)
                for (var k = 0; k < keys.length; ++k) {
                    var c = Camera.labelCoordinate(keys[k])
                    var theirs = map.fromCoordinate(c, true)
                    if (isNaN(theirs.x))
                        continue // off the map
                    var ours = countryLayer.project(c.longitude, c.latitude)
                    verify(Math.abs(ours.x - theirs.x) <= 1 && Math.abs(ours.y - theirs.y) <= 1,
                           keys[k] + " at zoom " + map.zoomLevel + ": countryLayer " + ours + ", map " + theirs)
                    ++checked
                }
            }
            verify(checked >= 15, "only " + checked + " label points were on the map")
        }

        // "2024" is the state on 31 December 2024: the UK is a Strategic Partner, then a CSP.
        function test_ukColour() {
            setDate(2024, 12, 31)
            compareColor(pixelAt("GBR"), Theme.tierColor("sp"), "UK at 2024-12-31, world view")
            setDate(2025, 12, 31)
            compareColor(pixelAt("GBR"), Theme.tierColor("csp"), "UK at 2025-12-31, world view")
            // Zoomed in, the geometry is the same and still registered.
            map.zoomLevel = 5.5
            map.center = Camera.labelCoordinate("GBR")
            compareColor(pixelAt("GBR"), Theme.tierColor("csp"), "UK at zoom 5.5")
            map.center = Camera.labelCoordinate("VNM")
            compareColor(pixelAt("VNM"), Theme.hub, "Vietnam at zoom 5.5")
        }

        function test_worldCopies() {
            // Across the antimeridian both halves of the Pacific are drawn: Fiji's neighbours
            // New Zealand (west of 180°) and the map east of it.
            map.zoomLevel = 4
            map.center = QtPositioning.coordinate(-40, 179.5)
            compareColor(pixelAt("NZL"), Theme.tierColor("csp"), "New Zealand next to the antimeridian")
            map.center = QtPositioning.coordinate(-40, -178)
            compareColor(pixelAt("NZL"), Theme.tierColor("csp"), "New Zealand seen from east of 180°")
        }

        function test_clickFranceOpensDetails() {
            var p = pointOf("FRA")
            clickLayer(p)
            tryCompare(Interaction, "selectedKey", "FRA")
            var details = screen.detailsPanel
            verify(details.visible)
            compare(details.nameText.text, "Pháp")
            compare(details.tierBadgeText.text, "Đối tác chiến lược toàn diện")
            compare(MapController.details.otherName, "France")
            verify(MapController.details.history.length >= 2)
            compare(MapController.details.since, "7/10/2024")
            keyClick(Qt.Key_Escape)
            tryCompare(details, "visible", false)
            // A click outside any country closes it too.
            clickLayer(p)
            tryCompare(details, "visible", true)
            var sea = countryLayer.project(-30, 0) // mid-Atlantic
            clickLayer(sea)
            tryCompare(details, "visible", false)
        }

        // A country that the details panel would cover comes out from under it.
        function test_clickedCountryStaysInSight() {
            var p = pointOf("JPN")
            verify(p.x > map.width - screen.detailsPanel.width, "Japan starts under the panel's place: " + p)
            clickLayer(p)
            tryCompare(Interaction, "selectedKey", "JPN")
            var q = pointOf("JPN")
            verify(q.x > 0 && q.x < map.width - screen.detailsPanel.width, "Japan beside the panel: " + q)
        }

        function legendCount(tier) {
            var rows = screen.infoPanel.legend.rows
            for (var i = 0; i < rows.count; ++i)
                if (rows.itemAt(i).tier === tier)
                    return rows.itemAt(i).countText
            return "missing"
        }

        function test_legendCounts() {
            setDate(2024, 12, 31)
            tryCompare(test, "legendCsp", "9")
            tryCompare(test, "legendSp", "10")
            tryCompare(test, "legendCp", "13")
            tryCompare(screen.infoPanel.partnerCountText, "text", "32")
            setDate(2025, 12, 31)
            tryCompare(test, "legendCsp", "14")
            tryCompare(test, "legendSp", "14")
            tryCompare(test, "legendCp", "14")
            tryCompare(screen.infoPanel.partnerCountText, "text", "42")
            compare(legendCount("hub"), "")
        }
        property string legendCsp: screen ? legendCount("csp") : ""
        property string legendSp: screen ? legendCount("sp") : ""
        property string legendCp: screen ? legendCount("cp") : ""

        function test_legendHighlightsAndHides() {
            var row = null
            var rows = screen.infoPanel.legend.rows
            for (var i = 0; i < rows.count; ++i)
                if (rows.itemAt(i).tier === "csp")
                    row = rows.itemAt(i)
            verify(row !== null)
            var before = countryLayer.shownColor("BRA") // an SP country
            mouseMove(row, row.width / 2, row.height / 2)
            tryCompare(Interaction, "highlightedTier", "csp")
            tryCompare(countryLayer, "animating", false)
            verify(!Qt.colorEqual(countryLayer.shownColor("BRA"), before), "Brazil is dimmed while CSP is highlighted")
            compareColor(countryLayer.shownColor("GBR"), Theme.tierColor("csp"), "the UK keeps its colour")
            mouseClick(row, row.width / 2, row.height / 2)
            compare(Interaction.hiddenTiers, ["csp"])
            mouseMove(root, 5, 5)
            tryCompare(Interaction, "highlightedTier", "")
            tryCompare(countryLayer, "animating", false)
            compareColor(countryLayer.shownColor("GBR"), Theme.hidden, "a hidden tier has the neutral hidden colour")
        }

        function test_playReachesTheEnd() {
            Timeline.playDuration = 400
            Timeline.date = Timeline.viewStart
            mouseClick(screen.timelineBar.playButton)
            verify(Timeline.playing)
            tryCompare(Timeline, "isoDate", "2025-12-31", 10000)
            compare(Timeline.playing, false)
            tryCompare(countryLayer, "animating", false)
            compareColor(pixelAt("GBR"), Theme.tierColor("csp"), "the UK after playing")
            Timeline.playDuration = 24000
        }

        function test_keyboardSteps() {
            setDate(2024, 6, 30)
            keyClick(Qt.Key_Right)
            compare(Timeline.isoDate, "2024-09-23")
            keyClick(Qt.Key_PageDown)
            compare(Timeline.isoDate, "2024-09-30")
            keyClick(Qt.Key_Left)
            compare(Timeline.isoDate, "2024-09-23")
            keyClick(Qt.Key_PageUp)
            compare(Timeline.isoDate, "2024-03-07")
            keyClick(Qt.Key_Space)
            verify(Timeline.playing)
            keyClick(Qt.Key_Space)
            verify(!Timeline.playing)
        }

        // The visible texts under `item` that match `re`.
        function visibleTexts(item, re) {
            var found = []
            for (var i = 0; i < item.children.length; ++i) {
                var c = item.children[i]
                if (!c.visible)
                    continue
                if (c.text !== undefined && re.test(c.text))
                    found.push(c.text)
                found = found.concat(visibleTexts(c, re))
            }
            return found
        }

        function test_languageAndTheme() {
            var p = pointOf("FRA")
            clickLayer(p)
            tryCompare(screen.detailsPanel.nameText, "text", "Pháp")
            compare(visibleTexts(map, /Hoàng Sa/), ["Quần đảo Hoàng Sa"])
            keyClick(Qt.Key_L)
            compare(Localization.language, "en")
            tryCompare(screen.detailsPanel.nameText, "text", "France")
            compare(screen.detailsPanel.tierBadgeText.text, "Comprehensive Strategic Partnership")
            // The archipelagos' labels change language in place: one label each, never two.
            compare(visibleTexts(map, /Hoàng Sa/), ["Hoàng Sa (Paracel Islands)"])
            keyClick(Qt.Key_L)
            compare(Localization.language, "vi")
            compare(visibleTexts(map, /Hoàng Sa|Trường Sa/).sort(), ["Quần đảo Hoàng Sa", "Quần đảo Trường Sa"])
            keyClick(Qt.Key_Escape)
            keyClick(Qt.Key_T)
            compare(Theme.name, "dark")
            tryCompare(countryLayer, "animating", false)
            compareColor(pixelAt("VNM"), Theme.hub, "Vietnam in the dark theme")
            keyClick(Qt.Key_T)
            compare(Theme.name, "light")
        }

        function test_hoverTooltip() {
            screen.interactive = true
            var p = pointOf("BRA")
            moveOnLayer(p)
            tryCompare(Interaction, "hoveredKey", "BRA")
            tryCompare(screen.tooltip, "visible", true)
            compare(Interaction.hoveredName, "Brazil")
            compare(Interaction.hoveredTierName, "Đối tác chiến lược")
            var sea = countryLayer.project(-30, 0)
            moveOnLayer(sea)
            tryCompare(Interaction, "hoveredKey", "")
            tryCompare(screen.tooltip, "visible", false)
        }

        // The tooltip goes away on a click and never sits under the details panel.
        function test_tooltipAfterClick() {
            screen.interactive = true
            var p = pointOf("BRA")
            moveOnLayer(p)
            tryCompare(screen.tooltip, "visible", true)
            clickLayer(p)
            tryCompare(Interaction, "selectedKey", "BRA")
            compare(screen.tooltip.visible, false)
            var q = pointOf("ARG")
            moveOnLayer(q)
            tryCompare(Interaction, "hoveredKey", "ARG")
            tryCompare(screen.tooltip, "visible", true)
            verify(screen.tooltip.x + screen.tooltip.width <= screen.detailsPanel.x,
                   "tooltip " + screen.tooltip.x + "+" + screen.tooltip.width + " beside the panel at " + screen.detailsPanel.x)
            // Over the panel's part of the map: no tooltip.
            var under = countryLayer.project(140, 40) // Japan, under the panel at the world view
            verify(under.x > map.width - screen.detailsPanel.width, "Japan under the panel: " + under)
            moveOnLayer(under)
            tryCompare(screen.tooltip, "visible", false)
        }

        // A tiny state's dot: the tooltip at the dot; a click pans it out from under the panel.
        function test_tinyDotTooltipAndPan() {
            screen.interactive = true
            Interaction.showLabels = true
            tryVerify(function() { return screen.labelPlacer.placedCount >= 10 })
            var dot = findChild(map, "tiny_SGP")
            verify(dot !== null, "Singapore has a dot")
            tryCompare(dot, "visible", true)
            var c = dot.mapToItem(map, dot.width / 2, dot.height / 2)
            verify(c.x > map.width - screen.detailsPanel.width, "Singapore starts under the panel's place: " + c)
            var q = dot.mapToItem(root, dot.width / 2, dot.height / 2)
            mouseMove(root, q.x, q.y)
            tryCompare(Interaction, "hoveredKey", "SGP")
            tryCompare(screen.tooltip, "visible", true)
            var t = screen.tooltip.mapToItem(map, 0, 0)
            verify(Math.abs(t.x - c.x) < 60 && Math.abs(t.y - c.y) < 60, "tooltip at " + t + ", dot at " + c)
            waitForRendering(screen.tooltip)
            grabImage(root).save(reviewDir + "/dot-tooltip.png") // for review
            mouseClick(root, q.x, q.y)
            tryCompare(Interaction, "selectedKey", "SGP")
            compare(screen.tooltip.visible, false)
            var after = countryLayer.project(103.82, 1.35)
            verify(after.x > 0 && after.x < map.width - screen.detailsPanel.width, "Singapore beside the panel: " + after)
        }

        // The region's button and menu show a preset only while the view is that preset.
        function test_regionFollowsTheView() {
            compare(screen.timelineBar.region, "world")
            var zoom = map.zoomLevel
            var centre = map.mapToItem(root, map.width / 2, map.height / 2)
            mouseWheel(root, centre.x, centre.y, 0, 240)
            tryVerify(function() { return map.zoomLevel > zoom + 0.1 }, 3000, "the wheel zooms in")
            compare(screen.timelineBar.region, "")
            keyClick(Qt.Key_Home)
            compare(screen.timelineBar.region, "world")
            // Resizing (smaller or larger) refits the preset and keeps it current.
            var sizes = [[1200, 720], [2400, 1350], [1280, 720]]
            for (var i = 0; i < sizes.length; ++i) {
                root.width = sizes[i][0]
                root.height = sizes[i][1]
                wait(50)
                compare(screen.timelineBar.region, "world", "at " + sizes[i])
            }
        }

        Component { id: errorPanelComponent; Ui.ErrorPanel { width: 800; u: 1 } }
        // The data-error panel: in both languages, and a presenter can dismiss it.
        function test_errorPanelDismissable() {
            var panel = createTemporaryObject(errorPanelComponent, root, {errors: ["geodata/relations.csv:3:2: unknown tier 'x'"]})
            verify(panel !== null)
            verify(panel.visible)
            compare(panel.titleText.text, "Không thể tải dữ liệu bản đồ")
            Localization.language = "en"
            compare(panel.titleText.text, "The map data could not be loaded")
            mouseClick(panel.closeButton)
            compare(panel.visible, false)
            compare(findChild(screen, "errorPanel").visible, false) // the bundled data loads
        }

        // The year's changes say how many rows are out of sight, and keep the current one in view.
        function test_changesShowThereIsMore() {
            setDate(2025, 6, 30)
            setDate(2025, 12, 31)
            var changes = screen.infoPanel.changes
            var list = changes.list
            compare(list.count, 17)
            tryVerify(function() { return changes.hiddenAbove > 0 }, 3000, "the list is longer than its place at 1280x720")
            verify(changes.moreAbove.visible)
            verify(changes.moreAbove.text.indexOf(String(changes.hiddenAbove)) >= 0, changes.moreAbove.text)
            compare(changes.hiddenBelow, 0)
            verify(!changes.moreBelow.visible)
            function currentInView() {
                var item = list.itemAtIndex(list.currentIndex)
                return item !== null && item.y >= list.contentY - 1 && item.y + item.height <= list.contentY + list.height + 1
            }
            tryVerify(currentInView, 3000, "the latest change in view at the year's end")
            var top = list.itemAtIndex(changes.hiddenAbove)
            verify(Math.abs(top.y - list.contentY) < 0.5, "the first row in sight is whole: " + top.y + " at " + list.contentY)
            // Back to the year's first event: the list scrolls up with it.
            Timeline.date = new Date(2025, 0, 1)
            Timeline.stepNext()
            tryVerify(currentInView, 3000, "the year's first change in view")
            tryCompare(changes, "hiddenAbove", 0)
            verify(changes.hiddenBelow > 0)
            verify(changes.moreBelow.visible)
            Localization.language = "en"
            verify(/later$/.test(changes.moreBelow.text), changes.moreBelow.text)
        }

        // Hoàng Sa and Trường Sa: a tooltip on hover, the details panel on a click.
        function test_landmarksHoverAndClick() {
            screen.interactive = true
            for (var n = 0; n < MapController.landmarks.count; ++n) {
                var marker = findChild(map, "landmark_" + n)
                verify(marker !== null, "landmark " + n)
                var q = marker.mapToItem(root, 0, 0)
                mouseMove(root, q.x + 2, q.y)
                tryCompare(Interaction, "hoveredKey", "landmark:" + n)
                tryCompare(screen.tooltip, "visible", true)
                compare(Interaction.hoveredName, MapController.landmarks.get(n).name)
                compare(Interaction.hoveredTierName, "Lãnh thổ của Việt Nam")
                mouseClick(root, q.x + 2, q.y)
                tryCompare(Interaction, "selectedKey", "landmark:" + n)
                compare(screen.detailsPanel.nameText.text, MapController.landmarks.get(n).name)
                verify(MapController.details.note.indexOf("Việt Nam") > 0, MapController.details.note)
                waitForRendering(screen.detailsPanel)
                grabImage(root).save(reviewDir + "/landmark-" + n + ".png") // for review
                keyClick(Qt.Key_Escape)
                screen.showRegion("world", false)
            }
            Localization.language = "en"
            var m = findChild(map, "landmark_0")
            var p = m.mapToItem(root, 0, 0)
            mouseMove(root, p.x + 2, p.y)
            mouseClick(root, p.x + 2, p.y)
            tryCompare(Interaction, "selectedKey", "landmark:0")
            compare(screen.detailsPanel.nameText.text, MapController.landmarks.get(0).name)
            verify(/Vietnam's territory\.$/.test(MapController.details.note), MapController.details.note)
        }

        function typeText(text) {
            for (var i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        // Ctrl+F or /: type, move with the arrows, Enter flies there and opens the details.
        function test_search() {
            var box = screen.searchBox
            verify(!box.visible)
            keyClick(Qt.Key_Slash)
            verify(box.visible)
            verify(box.input.activeFocus)
            typeText("han quoc")
            compare(box.input.text, "han quoc")
            compare(Localization.language, "vi") // typed letters are not the map's keys
            compare(MapController.search.keyAt(0), "KOR")
            waitForRendering(box)
            grabImage(root).save(reviewDir + "/search.png") // for review
            keyClick(Qt.Key_Return)
            tryCompare(Interaction, "selectedKey", "KOR")
            verify(!box.visible)
            compare(screen.detailsPanel.nameText.text, "Hàn Quốc")
            var p = pointOf("KOR")
            verify(map.zoomLevel > 3 && p.x > 0 && p.x < map.width - screen.detailsPanel.width && p.y > 0 && p.y < map.height,
                   "Korea in view beside the panel: " + p)
            // Arrows choose among the matches; the archipelagos are found too.
            keyClick(Qt.Key_F, Qt.ControlModifier)
            verify(box.visible)
            compare(box.input.text, "")
            typeText("korea")
            verify(MapController.search.count >= 2)
            keyClick(Qt.Key_Down)
            compare(box.results.currentIndex, 1)
            keyClick(Qt.Key_Up)
            compare(box.results.currentIndex, 0)
            box.input.text = "truong sa"
            keyClick(Qt.Key_Enter)
            tryCompare(screen.detailsPanel.nameText, "text", "Quần đảo Trường Sa")
            verify(Interaction.selectedKey.indexOf("landmark:") === 0)
            // A tiny state, by its code.
            keyClick(Qt.Key_Slash)
            typeText("sgp")
            keyClick(Qt.Key_Return)
            tryCompare(Interaction, "selectedKey", "SGP")
            var sg = countryLayer.project(103.82, 1.35)
            verify(sg.x > 0 && sg.x < map.width - screen.detailsPanel.width && sg.y > 0 && sg.y < map.height, "Singapore in view: " + sg)
            keyClick(Qt.Key_F, Qt.ControlModifier)
            box.input.text = "truong sa"
            var spratlys = MapController.search.keyAt(0)
            keyClick(Qt.Key_Return)
            tryCompare(Interaction, "selectedKey", spratlys)
            // Esc closes it without choosing; the map's keys work again.
            keyClick(Qt.Key_F, Qt.ControlModifier)
            typeText("lao")
            keyClick(Qt.Key_Escape)
            verify(!box.visible)
            verify(Interaction.selectedKey.indexOf("landmark:") === 0)
            keyClick(Qt.Key_L)
            compare(Localization.language, "en")
        }

        // Export defaults to what the map shows: the current view once moved, else its region.
        function test_exportDefaultsToTheView() {
            map.zoomLevel = 3.5
            map.center = QtPositioning.coordinate(48, 10)
            var centre = map.mapToItem(root, map.width / 2, map.height / 2)
            mouseWheel(root, centre.x, centre.y, 0, 120) // the user zooms in
            tryVerify(function() { return map.zoomLevel > 3.6 }, 3000, "the wheel zooms in")
            screen.openExport()
            verify(screen.exportDialog.open)
            compare(Exporter.region, "view")
            compare(Exporter.regions[0].name, "view")
            var box = screen.exportDialog.viewBox
            verify(box.x < 10 && box.x + box.width > 10 && box.y < 48 && box.y + box.height > 48, "view box " + box)
            verify(box.width < 120, "a zoomed view, not the world: " + box)
            waitForRendering(screen.exportDialog)
            grabImage(root).save(reviewDir + "/export-view.png") // for review
            screen.exportDialog.close()
            keyClick(Qt.Key_Home)
            screen.openExport()
            compare(Exporter.region, "world")
            screen.exportDialog.close()
        }

        function test_changesPanelFliesToCountry() {
            setDate(2025, 12, 31)
            var list = screen.infoPanel.changes.list
            compare(list.count, 17)
            list.positionViewAtIndex(0, ListView.Beginning)
            wait(0)
            var row = list.itemAtIndex(0)
            verify(row !== null)
            mouseClick(row, row.width / 2, row.height / 2)
            tryCompare(Interaction, "selectedKey", "CZE")
            compare(screen.detailsPanel.nameText.text, "Séc")
            // The map now centres on Czechia, zoomed in (no animation in tests).
            verify(map.zoomLevel > 4)
            var p = pointOf("CZE")
            verify(p.x > 0 && p.x < screen.map.width - screen.detailsPanel.width && p.y > 0 && p.y < map.height,
                   "Czechia in view: " + p)
        }

        function test_markersAndLabels() {
            Interaction.showLabels = true
            tryVerify(function() { return screen.labelPlacer.placedCount >= 10 })
            var tiny = findChild(map, "tiny_SGP")
            verify(tiny !== null, "Singapore has a marker")
            verify(tiny.visible)
            var q = tiny.mapToItem(root, tiny.width / 2, tiny.height / 2)
            mouseMove(root, q.x, q.y)
            mouseClick(root, q.x, q.y)
            tryCompare(Interaction, "selectedKey", "SGP")
            compare(screen.detailsPanel.nameText.text, "Singapore")
            compare(MapController.landmarks.count, 2)
            var names = [MapController.landmarks.get(0).name, MapController.landmarks.get(1).name]
            verify(names.indexOf("Quần đảo Hoàng Sa") >= 0, names)
            verify(names.indexOf("Quần đảo Trường Sa") >= 0, names)
            // No two partner labels overlap.
            var placed = []
            var model = MapController.labels
            for (var r = 0; r < model.count; ++r) {
                var row = model.get(r)
                if (row.placed)
                    placed.push(row)
            }
            verify(placed.length >= 10)
        }

        function test_regions() {
            var regions = Camera.regions
            verify(regions.length >= 6)
            screen.showRegion("southeast-asia", false)
            var vn = pointOf("VNM")
            verify(vn.x > 0 && vn.x < map.width && vn.y > 0 && vn.y < map.height)
            verify(map.zoomLevel > 4)
            keyClick(Qt.Key_Home)
            compare(screen.region, "world")
        }
    }
}
