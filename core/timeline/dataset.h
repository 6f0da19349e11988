#pragma once
// Everything diplomap shows, loaded from geodata/ (or files given on the command line):
// the hub profile, the country table, the worldview rules, the boundaries, the sources, the
// relation and establishment events and the timeline built from them.
#include "boundaryloader.h"
#include "hubprofile.h"
#include "relationtimeline.h"
#include "sourcetable.h"

struct DataPaths {
    QString hub;
    QString countries;
    QString worldview;
    QString boundaries;
    QString relations;
    QString highlights;
    QString establishment;
    QString sources;

    static DataPaths defaults(); // the bundled files, 50m boundaries
    // The bundled 10m boundaries, for detail and large exports: countries-10m.fgb, a FlatGeobuf
    // copy of countries-10m.json (geodata/SOURCES.md), read in half the time and memory.
    static QString detailedBoundaries();
};

struct DataSet {
    HubProfile hub;
    CountryTable table;
    Worldview worldview;
    BoundarySet boundaries;
    SourceTable sources;
    RelationData relations;
    EstablishmentData establishment;
    RelationTimeline timeline;
    EstablishmentCoverage coverage;
    QStringList errors;   // from every file, all at once
    QStringList warnings; // skipped features

    // Meshes: the boundaries' triangles, for the map layer (an export draws outlines).
    enum Part { Boundaries = 1, Relations = 2, Meshes = 4, All = 7 };
    static DataSet load(const DataPaths &paths, int parts = All);
    // States that the boundaries show neither as a country nor through a worldview rule.
    QStringList keysMissingFromBoundaries() const;
};
