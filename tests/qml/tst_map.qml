// The presenter map as shown: MapScreen.qml with the bundled data.
import QtQuick 2.15
import QtTest 1.15
import QtPositioning 5.15
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
        id: test
        name: "MapScreen"
        when: windowShown && (loader.status === Loader.Ready || loader.status === Loader.Error)

        property var screen: loader.item
        property var map: screen ? screen.map : null
        property var countryLayer: screen ? screen.countryLayer : null

        function initTestCase() {
            compare(loader.status, Loader.Ready, "MapScreen.qml loads")
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
            compareColor(countryLayer.shownColor("GBR"), Theme.tierColor("relations"), "a hidden tier looks like plain relations")
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
