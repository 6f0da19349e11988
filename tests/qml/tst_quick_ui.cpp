// Qt Quick Test runner for tests/qml/tst_*.qml: the real QML (qrc:/qml/) with the bundled data,
// registered as the application does it (DiplomapQml::registerTypes). QML gets `testTempDir`
// (a private temporary folder, removed at the end) and `reviewDir` (pictures for review:
// $DIPLOMAP_REVIEW_DIR, else the temporary folder).
#include "dataset.h"
#include "diplomapqml.h"
#include "localization.h"
#include "mapcontroller.h"
#include "maptheme.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        DiplomapQml::loadFonts();
        m_controller = new MapController(DataSet::load(DataPaths::defaults()), &m_localization, &m_theme, this);
        DiplomapQml::registerTypes(m_controller);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        DiplomapQml::setUpEngine(engine, m_controller);
        engine->rootContext()->setContextProperty(QStringLiteral("testTempDir"), m_dir.path());
        engine->rootContext()->setContextProperty(QStringLiteral("reviewDir"), qEnvironmentVariable("DIPLOMAP_REVIEW_DIR", m_dir.path()));
    }

private:
    QTemporaryDir m_dir;
    Localization m_localization;
    MapTheme m_theme;
    MapController *m_controller = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(diplomap_ui, Setup)

#include "tst_quick_ui.moc"
