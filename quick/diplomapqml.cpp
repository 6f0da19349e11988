#include "diplomapqml.h"

#include "changelistmodel.h"
#include "countrydetails.h"
#include "countrysearchmodel.h"
#include "countrylayer.h"
#include "cameracontroller.h"
#include "countrylistmodel.h"
#include "exportcontroller.h"
#include "historychartitem.h"
#include "interactionstate.h"
#include "labelplacer.h"
#include "landmarklistmodel.h"
#include "localization.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "storyplayer.h"
#include "storypreview.h"
#include "tierlistmodel.h"
#include "timelinecontroller.h"
#include "yearreviewmodel.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QQmlEngine>

static void initResources()
{
    Q_INIT_RESOURCE(qml);
    Q_INIT_RESOURCE(fonts);
}

void DiplomapQml::registerTypes(MapController *controller)
{
    initResources();
    const char *uri = "Diplomap";
    qmlRegisterSingletonInstance(uri, 1, 0, "MapController", controller);
    qmlRegisterSingletonInstance(uri, 1, 0, "Timeline", controller->timeline());
    qmlRegisterSingletonInstance(uri, 1, 0, "Localization", controller->localization());
    qmlRegisterSingletonInstance(uri, 1, 0, "Theme", controller->theme());
    qmlRegisterSingletonInstance(uri, 1, 0, "Interaction", controller->interaction());
    qmlRegisterSingletonInstance(uri, 1, 0, "Camera", controller->camera());
    qmlRegisterSingletonInstance(uri, 1, 0, "Story", controller->story());
    // The export dialog's state; the map controller owns it.
    qmlRegisterSingletonInstance(uri, 1, 0, "Exporter", new ExportController(controller, controller));
    qmlRegisterType<CountryLayer>(uri, 1, 0, "CountryLayer");
    qmlRegisterType<LabelPlacer>(uri, 1, 0, "LabelPlacer");
    qmlRegisterType<HistoryChartItem>(uri, 1, 0, "HistoryChart");
    const QString owned = QStringLiteral("owned by MapController");
    qmlRegisterUncreatableType<CountryListModel>(uri, 1, 0, "CountryListModel", owned);
    qmlRegisterUncreatableType<TierListModel>(uri, 1, 0, "TierListModel", owned);
    qmlRegisterUncreatableType<LandmarkListModel>(uri, 1, 0, "LandmarkListModel", owned);
    qmlRegisterUncreatableType<ChangeListModel>(uri, 1, 0, "ChangeListModel", owned);
    qmlRegisterUncreatableType<CountryDetails>(uri, 1, 0, "CountryDetails", owned);
    qmlRegisterUncreatableType<CountrySearchModel>(uri, 1, 0, "CountrySearchModel", owned);
    qmlRegisterUncreatableType<YearReviewModel>(uri, 1, 0, "YearReviewModel", owned);
}

void DiplomapQml::setUpEngine(QQmlEngine *engine, MapController *controller)
{
    engine->addImageProvider(QStringLiteral("story"), new StoryPreview(controller)); // the engine owns it
}

bool DiplomapQml::loadFonts()
{
    initResources();
    bool ok = true;
    for (const char *file : {":/fonts/NotoSans-Regular.ttf", ":/fonts/NotoSans-Bold.ttf"})
        ok = QFontDatabase::addApplicationFont(QString::fromLatin1(file)) >= 0 && ok;
    if (ok) {
        QFont font(QStringLiteral("Noto Sans"));
        font.setHintingPreference(QFont::PreferNoHinting);
        QGuiApplication::setFont(font);
    }
    return ok;
}
