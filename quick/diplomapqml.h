#pragma once
// The one place that makes diplomap's C++ types known to QML ("import Diplomap 1.0") and
// loads the bundled fonts; called by app/main.cpp and by the Qt Quick tests' setup.
class MapController;
class QQmlEngine;

namespace DiplomapQml {

// Singletons: MapController, Timeline, Localization, Theme, Interaction, Camera, Story (the
// controller's objects) and Exporter.
// Types: CountryLayer (creatable); the models and CountryDetails (uncreatable).
// Also makes the QML files (qrc:/qml/) available. Call once, before loading QML.
void registerTypes(MapController *controller);

// What an engine needs besides the types: the story previews (image://story/..., StoryPreview).
void setUpEngine(QQmlEngine *engine, MapController *controller);

// Adds Noto Sans (Regular, Bold; full Vietnamese coverage, from Debian's fonts-noto-core,
// compiled into the binary) and makes it the application font. Returns false if it is missing.
bool loadFonts();

} // namespace DiplomapQml
