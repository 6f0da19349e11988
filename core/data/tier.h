#pragma once
// The tiers of a country's relationship with the hub, as ONE table (tier.cpp): key, rank, whether
// it counts as a partner, whether its countries get a name label, colours per theme, short and
// long names in both languages. Every model, the legend, the CLI, the renderer and the palette
// check (`diplomap tier-table`) read it. Adding a tier is one row there (plus its enum value).
#include <QColor>
#include <QString>
#include <QVector>

// Lowest first, so that a higher value is an upgrade. Hub is the hub itself (see HubProfile).
// Unknown: a state with relations whose start is not known (a `confirmed` event in
// establishment.csv) has it before the date from which its relations are confirmed; it ranks
// between none and relations, so leaving it is an upgrade and it never outranks a real tier.
enum class Tier { None, Unknown, Relations, CP, SP, CSP, Special, Hub };

inline uint qHash(Tier tier, uint seed = 0) { return ::qHash(int(tier), seed); }

struct TierTraits {
    Tier tier;
    const char *key;      // in data files, the CLI and QML
    bool partner;         // counts among the hub's partners (as officially counted)
    bool related;         // counts among the states with diplomatic relations
    bool optional;        // a legend row only while some state has it
    bool labelled;        // its states get a name label on the map where it fits
    bool boldLabel;
    int labelRank;        // label placement: lower ranks are placed first
    const char *light;    // fill colour, light theme ("" for the hub: its colours are in the hub profile)
    const char *dark;     // fill colour, dark theme
    const char *shortVi;
    const char *shortEn;
    const char *nameVi;
    const char *nameEn;
};

namespace tiers {

const TierTraits &traits(Tier tier);
// The legend's order: the hub, then from the highest tier down.
const QVector<Tier> &legendOrder();
// The tiers a state can have on a date: the legend's without the hub.
const QVector<Tier> &stateTiers();
// Only the tiers a relation event may carry (not the hub, not unknown).
const QVector<Tier> &dataTiers();
bool isPartner(Tier tier);
bool hasRelations(Tier tier);
// A fill colour; invalid for the hub (see HubProfile).
QColor color(Tier tier, bool dark);
QString name(Tier tier, const QString &language);      // "Đối tác toàn diện" / "Comprehensive Partnership"
QString shortName(Tier tier, const QString &language); // "ĐTTD" / "CP"

} // namespace tiers

QString tierKey(Tier tier); // "none", "relations", "cp", "sp", "csp", "special", "hub", "unknown"
// Parses a data tier key; `hub` also accepts "hub".
bool tierFromKey(const QString &key, Tier *tier, bool hub = false);
