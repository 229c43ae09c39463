#pragma once
// The demo workspace: a realistic KL2 scholar with two mentors, goals,
// milestones and a meeting plan, for trying the program without touching
// anyone's own files.

#include "core/model.h"

#include <string>

namespace mc {

// A compact that started about a year before `today`, so that some
// milestones are achieved, one is overdue and others lie ahead.
Compact makeDemoCompact(const Date& today);
class Workspace;
// The team compact's first yearly review, in progress (demo_reviews.cpp);
// nothing when its first year has not ended by `today`.
void addDemoReview(Workspace& workspace, const Compact& team, const Date& today);

// Creates a new workspace file at `path` holding the demo compact(s).
void createDemoWorkspace(const std::string& path, const Date& today);

} // namespace mc
