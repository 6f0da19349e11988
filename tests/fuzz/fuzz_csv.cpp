// libFuzzer target: the CSV reader on any bytes. Every problem must come back as a message
// naming the file; nothing may crash, leak past the sanitizers or hang.
#include "csvreader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CsvTable table = parseCsv(QByteArray(reinterpret_cast<const char *>(data), int(size)), QStringLiteral("fuzz.csv"));
    for (const QString &e : table.errors)
        if (!e.startsWith(QLatin1String("fuzz.csv:")))
            std::abort();
    for (const CsvRow &row : table.rows)
        if (row.fields.size() != table.header.size() || row.columns.size() != row.fields.size())
            std::abort();
    return 0;
}
