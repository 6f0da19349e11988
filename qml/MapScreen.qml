// The presenter map: the Qt Location map with the country layer and its markers, the info
// panel (title, partner count, legend, this year's changes), the timeline bar and the details
// panel. Layout and bindings only: the state lives in the C++ singletons.
import QtQuick 2.15
import QtLocation 5.15
import QtPositioning 5.15
import Diplomap 1.0

Item {
    id: screen

    property string region: "world"
    property bool animated: true
    // Off for screenshots: no hover from wherever the pointer happens to be.
    property bool interactive: animated
    // The user moved the map: a resize keeps the view instead of refitting the region.
    property bool userMoved: false
    // Where the tooltip points (map coordinates): the layer's hover position, or a dot's centre.
    property point tipPoint: mapLayer.hoverPosition
    // A click hides the tooltip until the pointer reaches another country.
    property bool tipDismissed: false
    // The pointer is on a dot or a landmark (over the layer): the layer's hover does not count.
    property bool overlayHovered: false
    function hoverOverlay(key, item, inside) {
        overlayHovered = inside
        if (inside) {
            tipDismissed = false
            tipPoint = item.mapToItem(map, item.width / 2, item.height / 2)
        }
        Interaction.hoveredKey = inside ? key : ""
    }
    // The map's lines as an export of this size; text, panels, dots and landmarks also follow
    // the text size setting (Theme.textScale, keys + and -): `u` is what every size here uses.
    readonly property real mapUnit: Theme.unitFor(width, height)
    readonly property real u: mapUnit * Theme.textScale
    // A side panel's width: 500 at 1080p, grown with the text up to 36% of the window (the
    // panels scroll and wrap beyond; the map keeps the rest).
    readonly property real panelWidth: Math.min(500 * u, Math.max(500 * mapUnit, width * 0.36))
    readonly property alias map: map
    readonly property alias countryLayer: mapLayer
    readonly property alias infoPanel: infoPanel
    readonly property alias timelineBar: timelineBar
    readonly property alias detailsPanel: detailsPanel
    readonly property alias tooltip: tooltip
    readonly property alias labelPlacer: labelPlacer
    readonly property alias exportDialog: exportDialog
    readonly property alias searchBox: searchBox
    readonly property alias yearReview: yearReview
    // The map's keys, off while a dialog or the search field takes the keyboard.
    readonly property bool keysFree: !exportDialog.open && !searchBox.visible
    readonly property bool stepKeysFree: keysFree && !Story.active // a story takes these (StoryKeys.qml)
    signal fullScreenToggled()

    // The part of the map (in map coordinates) that the details panel leaves free.
    function freeRect() {
        return Qt.rect(0, 0, Math.max(1, map.width - (detailsPanel.open ? detailsPanel.width : 0)), Math.max(1, map.height))
    }

    // A story's move lasts Story.moveMs, as in its video; other moves 1.1 s.
    function flyTo(view, animate, durationMs) {
        if (!view || !view.center)
            return
        flight.stop()
        if (animate && screen.animated) {
            flight.durationMs = durationMs || 1100
            flightCenter.to = view.center
            flightZoom.to = view.zoomLevel
            flight.start()
        } else {
            map.zoomLevel = view.zoomLevel
            map.center = view.center
        }
    }
    function showRegion(name, animate) {
        region = name
        userMoved = false
        flyTo(Camera.regionView(name, freeRect(), Qt.size(map.width, map.height)), animate)
    }
    function showCountry(key) {
        Interaction.select(key)
        userMoved = true
        flyTo(Camera.countryView(key, freeRect(), Qt.size(map.width, map.height)), true)
    }
    // Select a country tapped at map x (a polygon or a tiny state's dot) and keep it in sight
    // beside the details panel.
    function selectAt(key, x) {
        timelineBar.closeMenus()
        tipDismissed = true
        Interaction.select(key)
        var free = freeRect()
        if (key !== "" && x > free.width - 40 * u) {
            var shift = x - free.width / 2
            userMoved = true
            flyTo({center: mapLayer.coordinateAt(map.width / 2 + shift, map.height / 2), zoomLevel: map.zoomLevel}, true)
        }
    }
    // The map's visible lon/lat box beside the details panel (MINLON, MINLAT, width, height).
    function visibleBox() {
        var free = freeRect()
        var a = mapLayer.coordinateAt(0, 0), b = mapLayer.coordinateAt(free.width, map.height)
        var left = a.longitude, right = b.longitude
        if (free.width >= 256 * Math.pow(2, map.zoomLevel)) {
            left = -180
            right = 180
        } else if (right <= left) {
            right += 360
        }
        return Qt.rect(left, b.latitude, right - left, a.latitude - b.latitude)
    }
    // Export: the current view by default, or the region preset the map shows.
    function openExport() {
        timelineBar.closeMenus()
        exportDialog.viewBox = userMoved ? visibleBox() : Qt.rect(0, 0, 0, 0)
        exportDialog.show()
    }
    function resetView() {
        Interaction.clearSelection()
        showRegion("world", true)
    }

    // After a resize: the world at least as wide as the map (Qt Location keeps the minimum
    // of a larger viewport otherwise), and the region refitted unless the user moved the map.
    function refit() {
        map.minimumZoomLevel = Math.log(Math.max(map.width, map.height, 256) / 256) / Math.LN2
        if (!userMoved)
            showRegion(region, false)
    }
    Component.onCompleted: refit()

    Map {
        id: map
        anchors.left: infoPanel.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: timelineBar.top
        onWidthChanged: Qt.callLater(screen.refit)
        onHeightChanged: Qt.callLater(screen.refit)
        plugin: Plugin { name: "itemsoverlay" }
        color: Theme.ocean
        copyrightsVisible: false
        tilt: 0
        bearing: 0
        maximumTilt: 0
        maximumZoomLevel: 9
        gesture.acceptedGestures: MapGestureArea.PanGesture | MapGestureArea.FlickGesture | MapGestureArea.PinchGesture
        gesture.flickDeceleration: 4000

        ParallelAnimation {
            id: flight
            property int durationMs: 1100
            // InOutCubic: the easing of a story video's moves (StoryTimeline::moveEasing).
            CoordinateAnimation { id: flightCenter; target: map; property: "center"; duration: flight.durationMs; easing.type: Easing.InOutCubic }
            NumberAnimation { id: flightZoom; target: map; property: "zoomLevel"; duration: flight.durationMs; easing.type: Easing.InOutCubic }
        }
        Connections {
            target: map.gesture
            function onPanStarted() { screen.userMoved = true }
            function onFlickStarted() { screen.userMoved = true }
            function onPinchStarted() { screen.userMoved = true }
        }
        // The wheel zooms (the Map's own handling, the event passes on): the user's move too.
        MouseArea {
            anchors.fill: parent
            z: 100
            acceptedButtons: Qt.NoButton
            onWheel: { screen.userMoved = true; wheel.accepted = false }
        }
        LabelPlacer {
            id: labelPlacer
            layer: mapLayer
            model: MapController.labels
            dots: MapController.tinyStates
            landmarks: MapController.landmarks
            unit: screen.mapUnit // and the theme's text scale
        }

        CountryLayer {
            id: mapLayer
            objectName: "countryLayer"
            anchors.fill: parent
            controller: MapController
            center: map.center
            zoomLevel: map.zoomLevel
            background: map.color
            unit: screen.mapUnit
            hoverEnabled: screen.interactive
            onTapped: screen.selectAt(key, x)
            onHoverChanged: {
                if (screen.overlayHovered)
                    return
                if (hoveredKey !== Interaction.hoveredKey)
                    screen.tipDismissed = false
                Interaction.hoveredKey = hoveredKey
                screen.tipPoint = Qt.binding(function() { return mapLayer.hoverPosition })
            }
        }

        // Names of the partners, where they fit (LabelPlacer decides).
        MapItemView {
            model: MapController.labels
            delegate: MapQuickItem {
                autoFadeIn: false // Qt Location fades items in from zoom 1.5 to 2.5: a small window's world view
                coordinate: QtPositioning.coordinate(model.latitude, model.longitude)
                anchorPoint.x: label.width / 2 - model.labelDx
                anchorPoint.y: label.height / 2 - model.labelDy
                visible: Interaction.showLabels && model.placed && !model.isHub
                z: 2
                sourceItem: Text {
                    id: label
                    text: model.labelText
                    font.pixelSize: Theme.sizes.label * screen.u
                    font.bold: model.labelBold
                    color: model.labelColor
                    style: Text.Outline
                    styleColor: model.labelHalo
                }
            }
        }
        // The hub: a badge north-east of its label point (sizes from the map style).
        MapItemView {
            model: MapController.labels
            delegate: MapQuickItem {
                autoFadeIn: false
                coordinate: QtPositioning.coordinate(model.latitude, model.longitude)
                anchorPoint.x: 0
                anchorPoint.y: hubBadge.height
                visible: model.isHub && Interaction.showLabels
                z: 7
                sourceItem: HubBadge {
                    id: hubBadge
                    u: screen.u
                    text: model.labelText
                }
            }
        }

        // States too small to see: a dot each where the overlay placer says so (as in exports).
        MapItemView {
            model: MapController.tinyStates
            delegate: MapQuickItem {
                autoFadeIn: false
                coordinate: QtPositioning.coordinate(model.latitude, model.longitude)
                anchorPoint.x: dot.width / 2
                anchorPoint.y: dot.height / 2
                visible: model.dot
                z: model.isPartner ? 5 : 4
                sourceItem: Rectangle {
                    id: dot
                    objectName: "tiny_" + model.key
                    width: model.dotSize * screen.u
                    height: width
                    radius: width / 2
                    color: model.color
                    border.width: model.dotBorder * screen.u
                    border.color: model.isPartner ? Theme.textHalo : Qt.darker(model.color, Theme.dark ? 0.7 : 1.3)
                    MouseArea {
                        anchors.fill: parent
                        anchors.margins: -6 * screen.u
                        hoverEnabled: true
                        cursorShape: Qt.PointingHandCursor
                        onClicked: screen.selectAt(model.key, dot.mapToItem(map, dot.width / 2, 0).x)
                        onContainsMouseChanged: screen.hoverOverlay(model.key, dot, containsMouse)
                    }
                }
            }
        }

        // The hub's landmarks (Hoàng Sa and Trường Sa), labelled at every zoom (sizes from the map style).
        MapItemView {
            model: MapController.landmarks
            delegate: MapQuickItem {
                autoFadeIn: false
                coordinate: QtPositioning.coordinate(model.latitude, model.longitude)
                anchorPoint.x: 0
                anchorPoint.y: 0
                z: 6
                sourceItem: LandmarkMarker {
                    id: landmark
                    objectName: "landmark_" + index
                    u: screen.u
                    name: model.name
                    owner: model.owner
                    above: model.above
                    textLeft: model.textLeft
                    onClicked: screen.selectAt(model.key, landmark.mapToItem(map, 0, 0).x)
                    onHoveredChanged: screen.hoverOverlay(model.key, landmark, hovered)
                }
            }
        }
    }

    // Hover tooltip: name and tier.
    Rectangle {
        id: tooltip
        objectName: "tooltip"
        readonly property point at: screen.tipPoint
        // Never under the details panel: beside it, and hidden over it.
        readonly property real freeWidth: screen.freeRect().width
        visible: Interaction.hoveredKey !== "" && screen.interactive && !screen.tipDismissed && at.x < freeWidth
        x: map.x + Math.max(0, Math.min(at.x + 20 * u, freeWidth - width - 8 * u))
        y: map.y + Math.min(at.y + 20 * u, map.height - height - 8 * u)
        width: tipColumn.width + 24 * u
        height: tipColumn.height + 16 * u
        radius: 8 * u
        color: Theme.panel
        border.color: Theme.panelBorder
        Column {
            id: tipColumn
            x: 12 * u
            y: 8 * u
            spacing: 2 * u
            Text {
                text: Interaction.hoveredName
                font.pixelSize: 19 * u
                font.bold: true
                color: Theme.text
            }
            Row {
                spacing: 8 * u
                Rectangle {
                    width: 14 * u
                    height: width
                    radius: 3 * u
                    anchors.verticalCenter: parent.verticalCenter
                    color: Theme.tierColor(Interaction.hoveredTier)
                }
                Text {
                    text: Interaction.hoveredTierName
                    font.pixelSize: 16 * u
                    color: Theme.textMuted
                }
            }
        }
    }

    InfoPanel {
        id: infoPanel
        u: screen.u
        animated: screen.animated
        width: screen.panelWidth
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: timelineBar.top
        reviewOpen: yearReview.open
        onCountryChosen: screen.showCountry(key)
        onReviewRequested: yearReview.open = !yearReview.open
    }

    TimelineBar {
        id: timelineBar
        u: screen.u
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // No preset is current once the view moved away from it.
        region: screen.userMoved ? "" : screen.region
        exportOpen: exportDialog.open
        onRegionChosen: screen.showRegion(name, true)
        onExportRequested: screen.openExport()
    }

    DetailsPanel {
        id: detailsPanel
        u: screen.u
        animated: screen.animated
        width: screen.panelWidth
        anchors.top: parent.top
        anchors.bottom: timelineBar.top
    }

    YearReviewCard {
        id: yearReview
        u: screen.u
        animated: screen.animated
        x: map.x
        width: screen.freeRect().width
        height: map.height
    }

    ErrorPanel {
        id: errorPanel
        anchors.centerIn: parent
        u: screen.u
    }

    SearchBox {
        id: searchBox
        objectName: "searchBox"
        u: screen.u
        x: Math.max(8 * u, map.x + (screen.freeRect().width - width) / 2) // over the map, else in the window
        y: map.y + 24 * u
        onChosen: screen.showCountry(key)
    }

    // Modal: while it is open the map's shortcuts are off and Esc closes it.
    ExportDialog {
        id: exportDialog
        objectName: "exportDialog"
        anchors.fill: parent
        u: screen.u
        region: screen.region
    }

    Shortcut { sequences: ["Right", "PgDown"]; enabled: screen.stepKeysFree; onActivated: Timeline.stepNext() }
    Shortcut { sequences: ["Left", "PgUp"]; enabled: screen.stepKeysFree; onActivated: Timeline.stepPrevious() }
    Shortcut { sequence: "Space"; enabled: screen.stepKeysFree; onActivated: Timeline.togglePlay() }
    Shortcut { sequence: "Home"; enabled: screen.stepKeysFree; onActivated: screen.resetView() }
    Shortcut { sequence: "F"; enabled: screen.keysFree; onActivated: screen.fullScreenToggled() }
    Shortcut { sequence: "Y"; enabled: screen.keysFree; onActivated: yearReview.open = !yearReview.open }
    Shortcut { sequence: "Esc"; enabled: screen.keysFree && yearReview.open; onActivated: yearReview.open = false }
    Shortcut { sequence: "Esc"; enabled: screen.stepKeysFree && !yearReview.open; onActivated: { errorPanel.dismissed = true; Interaction.clearSelection(); timelineBar.closeMenus() } }
    Shortcut { sequence: "L"; enabled: screen.keysFree; onActivated: Localization.toggle() }
    Shortcut { sequence: "T"; enabled: screen.keysFree; onActivated: Theme.toggle() }
    Shortcut { sequence: "E"; enabled: screen.keysFree; onActivated: screen.openExport() }
    Shortcut { sequence: "Esc"; enabled: exportDialog.open; onActivated: exportDialog.close() }
    Shortcut { sequence: "Ctrl+F"; enabled: !exportDialog.open; onActivated: { timelineBar.closeMenus(); searchBox.show() } }
    Shortcut { sequence: "/"; enabled: screen.keysFree; onActivated: { timelineBar.closeMenus(); searchBox.show() } }
    Shortcut { sequence: "Esc"; enabled: searchBox.visible && !exportDialog.open; onActivated: searchBox.close() }
    Shortcut { sequences: ["+", "=", "Num++"]; enabled: screen.keysFree; onActivated: Theme.largerText() }
    Shortcut { sequences: ["-", "Num+-"]; enabled: screen.keysFree; onActivated: Theme.smallerText() }
}
