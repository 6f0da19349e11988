#include "gdaloffline.h"

#include <QSet>

#include <cpl_error.h>
#include <cpl_http.h>
#include <cpl_vsi_virtual.h>
#include <gdal_priv.h>

namespace {

thread_local QStringList *t_refused = nullptr; // where this thread records the refusals

void refuseNetwork(const char *what)
{
    const QString name = QString::fromUtf8(what);
    if (t_refused && !t_refused->contains(name))
        *t_refused << name;
    CPLError(CE_Failure, CPLE_AppDefined, "network access refused (%s): diplomap works offline", what);
}

class OfflineFilesystem : public VSIFilesystemHandler
{
public:
    VSIVirtualHandle *Open(const char *name, const char *, bool, CSLConstList) override
    {
        refuseNetwork(name);
        return nullptr;
    }
    int Stat(const char *name, VSIStatBufL *, int) override
    {
        refuseNetwork(name);
        return -1;
    }
};

CPLHTTPResult *refuseHttp(const char *url, CSLConstList, GDALProgressFunc, void *, CPLHTTPFetchWriteFunc, void *, void *)
{
    refuseNetwork(url);
    auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("network access refused: diplomap works offline");
    return result;
}

void registerOffline()
{
    GDALAllRegister();
    static const char *const kNetworkPrefixes[] = {"/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls",
                                                   "/vsioss", "/vsiswift", "/vsihdfs", "/vsiwebhdfs"};
    // Each as listed and in the forms GDAL also accepts ("/vsicurl?url=…"), whether or not
    // this GDAL has them: a refusal is harmless where there was nothing.
    QSet<QByteArray> offline;
    for (const char *network : kNetworkPrefixes)
        for (const char *suffix : {"/", "?", "_streaming/", "_streaming?"})
            offline << QByteArray(network) + suffix;
    char **prefixes = VSIGetFileSystemsPrefixes();
    for (char **p = prefixes; p && *p; ++p)
        for (const char *network : kNetworkPrefixes)
            if (QByteArray(*p).startsWith(network))
                offline << QByteArray(*p);
    CSLDestroy(prefixes);
    for (const QByteArray &prefix : offline)
        VSIFileManager::InstallHandler(prefix.toStdString(), new OfflineFilesystem);
    CPLHTTPSetFetchCallback(refuseHttp, nullptr);
    // Vector formats of local files; database and web-service drivers go.
    static const QSet<QByteArray> kLocal = {"GeoJSON", "GeoJSONSeq", "ESRIJSON", "TopoJSON", "FlatGeobuf", "GPKG", "SQLite",
                                            "ESRI Shapefile", "OGR_VRT", "OpenFileGDB", "GML", "KML", "MapInfo File", "Memory"};
    GDALDriverManager *drivers = GetGDALDriverManager();
    for (int i = drivers->GetDriverCount() - 1; i >= 0; --i) {
        GDALDriver *driver = drivers->GetDriver(i);
        if (!kLocal.contains(QByteArray(driver->GetDescription()))) {
            drivers->DeregisterDriver(driver);
            GDALDestroyDriver(driver);
        }
    }
}

} // namespace

void GdalOffline::registerDrivers()
{
    static const bool registered = (registerOffline(), true); // once, thread-safe
    Q_UNUSED(registered);
}

GdalOffline::Refusals::Refusals(QStringList *refused)
    : m_previous(t_refused)
{
    t_refused = refused;
}

GdalOffline::Refusals::~Refusals()
{
    t_refused = m_previous;
}
