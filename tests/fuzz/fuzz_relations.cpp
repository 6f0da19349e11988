// libFuzzer target: the relation parser on any bytes, with the bundled country keys.
// Whatever passes validation must be well-formed; every problem names the file.
#include "countrytable.h"
#include "relationdata.h"

#include <cstdint>
#include <cstdlib>

namespace {

QSet<QString> knownKeys()
{
    QStringList errors;
    const CountryTable table = CountryTable::load(QStringLiteral(DIPLOMAP_GEODATA_DIR "/countries.csv"), &errors);
    QSet<QString> keys;
    for (const CountryInfo &c : table.all())
        keys.insert(c.key);
    if (!errors.isEmpty() || keys.isEmpty())
        std::abort();
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QSet<QString> keys = knownKeys();
    const RelationData parsed = RelationData::parseEvents(QByteArray(reinterpret_cast<const char *>(data), int(size)),
                                                          QStringLiteral("fuzz.csv"), keys);
    for (const QString &e : parsed.errors)
        if (!e.startsWith(QLatin1String("fuzz.csv")))
            std::abort();
    for (const RelationEvent &e : parsed.events)
        if (!keys.contains(e.key) || e.source.isEmpty() || (!e.date.isBaseline() && !e.date.start().isValid()))
            std::abort();
    return 0;
}
