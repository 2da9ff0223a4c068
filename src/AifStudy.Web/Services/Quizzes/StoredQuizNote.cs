using AifStudy.Core.Notes;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>A note of <see cref="StoredQuizNotes.LoadAsync"/>: its version, domain and parsed form.</summary>
internal sealed record StoredQuizNote(NoteQuizVersion Version, int? Domain, ParsedNote Note);
