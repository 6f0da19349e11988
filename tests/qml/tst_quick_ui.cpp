// Qt Quick Test runner for tests/qml/tst_*.qml: the real QML (qrc:/qml/) with the bundled data,
// registered as the application does it (DiplomapQml::registerTypes). QML gets `testTempDir`
// (a private temporary folder, removed at the end), `reviewDir` (pictures for review:
// $DIPLOMAP_REVIEW_DIR, else the temporary folder) and `cli`, whose run(args) returns what
// `diplomap ARGS` prints (the command line in process, on the same data), for expected values.
#include "commandline.h"
#include "dataset.h"
#include "diplomapqml.h"
#include "localization.h"
#include "mapcontroller.h"
#include "maptheme.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

class Cli : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Standard output, or "exit N: standard error" when the command fails.
    Q_INVOKABLE QString run(const QStringList &args) const
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int status = CommandLine::run(args, outStream, errStream);
        outStream.flush();
        errStream.flush();
        return status == 0 ? out : QStringLiteral("exit %1: %2").arg(status).arg(err);
    }
};

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
        engine->rootContext()->setContextProperty(QStringLiteral("cli"), &m_cli);
    }

private:
    QTemporaryDir m_dir;
    Cli m_cli;
    Localization m_localization;
    MapTheme m_theme;
    MapController *m_controller = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(diplomap_ui, Setup)

#include "tst_quick_ui.moc"
