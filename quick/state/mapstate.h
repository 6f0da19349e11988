#pragma once
// What the list models and the map layer read, and whose signals they follow: the data, the
// timeline, the tiers at its date, the viewer's interaction, the fill colours, the language and
// the theme. MapController creates them; the models never reach back into it.
#include "datasource.h"

class DateSnapshot;
class FillColors;
class InteractionState;
class Localization;
class MapTheme;
class TimelineController;

struct MapState {
    DataRef data; // the loaded data (a reload replaces it: see DataSource)
    TimelineController *timeline = nullptr;
    DateSnapshot *snapshot = nullptr;
    InteractionState *interaction = nullptr;
    FillColors *colors = nullptr;
    Localization *localization = nullptr;
    MapTheme *theme = nullptr;
};
