// Placeholder translation unit for a pipeline stage that has no code of its
// own yet; it keeps the stage's library target, and so the dependency chain
// core -> text -> ... -> store, intact.
namespace khaldun::internal {
int empty_stage_anchor = 0;
}  // namespace khaldun::internal
