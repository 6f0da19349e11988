#pragma once
// diplomap never opens a network connection (docs/RELIABILITY.md). registerDrivers() registers
// GDAL's drivers for local files only, replaces GDAL's network file systems (/vsicurl/, /vsis3/,
// …, with their ?-query and streaming forms) by one that refuses every path, and GDAL's HTTP
// client by a callback that refuses every URL. Used by BoundaryLoader alone.
#include <QStringList>

namespace GdalOffline {

void registerDrivers(); // once per process; later calls do nothing

// While alive, the network paths and URLs GDAL asks for on this thread are added to `refused`.
class Refusals
{
public:
    explicit Refusals(QStringList *refused);
    ~Refusals();
    Refusals(const Refusals &) = delete;
    Refusals &operator=(const Refusals &) = delete;

private:
    QStringList *m_previous;
};

} // namespace GdalOffline
