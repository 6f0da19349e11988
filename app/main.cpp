// diplomap: the one wiring point. Command-line subcommands run headless; otherwise the map opens.
#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    if (argc > 1 && CommandLine::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout), err(stderr);
        out.setCodec("UTF-8");
        err.setCodec("UTF-8");
        return CommandLine::run(app.arguments().mid(1), out, err);
    }
    return 0;
}
