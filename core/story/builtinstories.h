#pragma once
// The stories generated from the data, in both languages (docs/STORIES.md):
// - "The year in review": one scene per tier change of a year (RelationTimeline::changes), each
//   playing the timeline up to the change and flying to the country, then the year's totals;
// - "Eighty years": the decades from 1950 (or the data's first year) to the data's last date.
// `resolve` turns a --story value (year:YYYY, history or a file) into a story.
#include "dataset.h"
#include "story.h"

namespace BuiltinStories {

constexpr int kChangeMs = 3000;  // the timeline plays up to a change in this time
constexpr int kDecadeMs = 6000;  // and through a decade

// Fails (with a message) for a year outside the data's range.
bool yearInReview(const DataSet &data, int year, Story *story, QString *error);
Story eightyYears(const DataSet &data);
// "year:YYYY", "history", or a story file's path.
bool resolve(const QString &spec, const DataSet &data, Story *story, QString *error);

} // namespace BuiltinStories
