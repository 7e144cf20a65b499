using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class SyntheticCounty
{
    private sealed partial class County
    {
        /// <summary>The meeting from publication to draft minutes, step by step as the clerk records it: appendices
        /// approved, the agenda published five clear days ahead, the meeting held, the register, declarations,
        /// motions, minutes and resolutions with their votes, the previous minutes approved and signed, the minutes
        /// numbered through the municipal year and published in draft.</summary>
        private void Conduct(Sitting s, int year)
        {
            var (body, meeting) = (s.Body, s.Meeting);
            var day = DateOnly.FromDateTime(meeting.StartsAt);
            var agendaDay = AgendaDay(day);
            if (s.CancelledBecause is { } reason)
            {
                meeting.Cancel(reason);
                return;
            }
            foreach (var upload in s.Business.Select(b => b.Upload).OfType<Document>())
            {
                meeting.SubmitPaper(upload.Id);
                meeting.ApprovePaper(upload.Id, agendaDay);
            }
            if (_random.Chance(0.01))
                meeting.PublishAgenda(agendaDay.AddDays(2).ToDateTime(new TimeOnly(12, 0)), Texts.LateAgendaReason);
            else meeting.PublishAgenda(agendaDay.ToDateTime(new TimeOnly(16, 0)));
            meeting.RecordHeld(meeting.StartsAt.AddHours(2.5));

            var apologies = TakeRegister(body, meeting, day);
            var declared = Declarations(body, s, day);
            Minute(meeting, _templates.StandardItems[0].Role, apologies);
            Minute(meeting, AgendaItemRole.Declarations, declared);
            Minute(meeting, AgendaItemRole.UrgentMatters, "There were no urgent matters.");
            var previousMinutes = meeting.Items.First(i => i.Role == AgendaItemRole.PreviousMinutes);
            if (s.Previous is { } previous)
            {
                meeting.MinuteItem(previousMinutes, null, $"{Capital(body.Noun)} considered the minutes of the meeting held on {previous.StartsAt:d MMMM yyyy}.", "Resolved:");
                if (previous.Status == MeetingStatus.DraftMinutesPublished)
                    meeting.ApprovePreviousMinutes(previous, Presiding(body, day), _templates.PreviousMinutesResolutionFor);
                else meeting.Resolve(previousMinutes, _templates.PreviousMinutesResolutionFor(previous.StartsAt));
            }
            else meeting.MinuteItem(previousMinutes, null, $"There were no earlier minutes for {body.Noun} to confirm.", null);

            foreach (var business in s.Business)
            {
                if (business.Motion) { Debate(meeting, business, day); continue; }
                var item = business.Item;
                var topic = business.Topic;
                if (item.IsExempt && meeting.Items.FirstOrDefault(i => i.Role == AgendaItemRole.Exclusion) is { } exclusion && exclusion.MinutesText is null)
                {
                    meeting.MinuteItem(exclusion, null, $"The {(body.Plan.Kind == CommitteeKind.FullCouncil ? "Chairman" : "Chairman")} moved that the press and public be excluded for item {item.Number}. The motion was seconded and carried, and the press and public left the meeting.", "Resolved:");
                    meeting.Resolve(exclusion, exclusion.Description ?? "That the press and public be excluded.", Votes(meeting, exclusion, contested: false));
                }
                meeting.MinuteItem(item, null, Texts.Minutes(topic, _random, body.Noun), body.Plan.Kind == CommitteeKind.FullCouncil ? "Resolved:" : $"Resolved that {body.Noun}:",
                    item.IsExempt ? Texts.PublicSummary(topic) : null);
                foreach (var text in Texts.Resolutions(topic, _random))
                    meeting.Resolve(item, text, item.IsBudgetDecision ? ByName(meeting, item) : _random.Chance(body.Plan.Kind == CommitteeKind.FullCouncil ? 0.8 : 0.4) ? Votes(meeting, item, _random.Chance(0.3)) : null);
                if (business.Entry is { } entry)
                    Decide(entry, topic, "Cabinet", day, meeting.Id, item.Id);
            }

            if (body.MinuteYear != year) (body.MinuteYear, body.LastMinute) = (year, 0);
            meeting.NumberMinutes(body.LastMinute);
            body.LastMinute = Meeting.LastMinuteNumber(meeting.Items.Select(i => i.MinuteNumber));
            meeting.PublishDraftMinutes(AddWorkingDays(day, 3).ToDateTime(new TimeOnly(12, 0)));
            body.Previous = meeting;
        }

        private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

        private static void Minute(Meeting meeting, AgendaItemRole role, string text)
        {
            if (meeting.Items.FirstOrDefault(i => i.Role == role) is { } item) meeting.MinuteItem(item, null, text, null);
        }

        /// <summary>The register: the members that day, a few with apologies (some with a substitute on the
        /// committees that allow them), online in the year of remote meetings, and the officers in attendance.
        /// Returns the minute of apologies.</summary>
        private string TakeRegister(Body body, Meeting meeting, DateOnly day)
        {
            var seats = Seats(body, day).OrderBy(m => m.Role).ThenBy(m => m.PersonId).ToList();
            var share = body.Plan.Kind == CommitteeKind.FullCouncil ? 0.07 : 0.1;
            var away = seats.Where(m => m.Role is not (MembershipRole.Chairman) && _random.Chance(share)).Select(m => m.PersonId).ToHashSet();
            if (away.Count >= seats.Count - 1) away.Clear();
            var remote = IsRemoteEra(day);
            foreach (var seat in seats)
                meeting.RecordAttendance(seat.PersonId, away.Contains(seat.PersonId) ? AttendanceKind.Apologies : remote ? AttendanceKind.Virtual : AttendanceKind.Present);
            var substitutes = new List<(int Sub, int For)>();
            if (body.Plan.Kind is CommitteeKind.Scrutiny or CommitteeKind.Regulatory && away.Count > 0)
            {
                var council = _bodies.First(b => b.Plan.Kind == CommitteeKind.FullCouncil);
                var others = Seats(council, day).Select(m => m.PersonId).Where(id => !body.Committee.IsMemberOn(id, day)).ToList();
                foreach (var absent in away.Where(_ => _random.Chance(0.4)).ToList())
                {
                    var party = _people[absent].Party;
                    var sub = others.FirstOrDefault(id => _people[id].Party == party && substitutes.All(x => x.Sub != id));
                    if (sub == 0) continue;
                    meeting.RecordAttendance(sub, AttendanceKind.Substitute, absent);
                    substitutes.Add((sub, absent));
                }
            }
            foreach (var officer in _officers.Where(o => o.Areas.Contains(body.Plan.Area)).OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)))
                if (meeting.Attendance.All(a => a.PersonId != officer.Person.Id))
                    meeting.RecordAttendance(officer.Person.Id, AttendanceKind.InAttendance);

            var text = away.Count == 0 ? "There were no apologies for absence."
                : $"Apologies for absence were received from {Names(away)}.";
            foreach (var (sub, absent) in substitutes) text += $"\n\n{_people[sub].DisplayName} attended as a substitute for {_people[absent].DisplayName}.";
            return text;
        }

        private string Names(IEnumerable<int> ids)
        {
            var names = ids.Select(id => _people[id]).OrderBy(p => p.LastName, StringComparer.Ordinal).Select(p => p.DisplayName).ToList();
            return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        }

        /// <summary>Now and then a member declares an interest in an item; one with a disclosable pecuniary interest
        /// leaves the room. Returns the minute of declarations.</summary>
        private string Declarations(Body body, Sitting s, DateOnly day)
        {
            var open = s.Business.Where(b => !b.Motion && !b.Item.IsBudgetDecision).ToList();
            if (open.Count == 0 || !_random.Chance(0.12)) return "No interests were declared.";
            var present = s.Meeting.Attendance.Where(a => a.Kind is AttendanceKind.Present or AttendanceKind.Virtual).Select(a => a.PersonId)
                .Where(id => _people[id].Kind == PersonKind.Councillor).ToList();
            if (present.Count < 3) return "No interests were declared.";
            var who = _random.Pick(present);
            var item = _random.Pick(open).Item;
            var pecuniary = _random.Chance(0.2);
            var nature = pecuniary ? Texts.PecuniaryInterest(_random) : Texts.OtherInterest(_random);
            s.Meeting.DeclareInterest(item, who, pecuniary ? InterestKind.DisclosablePecuniary : InterestKind.OtherRegistrable, nature, leftTheRoom: pecuniary);
            return $"The following interests were declared.\n\n- {_people[who].DisplayName} declared a {Declaration.KindName(pecuniary ? InterestKind.DisclosablePecuniary : InterestKind.OtherRegistrable).ToLowerInvariant()} in item {item.Number}, {item.Title}. {nature}" +
                (pecuniary ? $" {_people[who].DisplayName} left the room for that item and took no part in the discussion or the vote." : "");
        }

        private List<int> Voters(Meeting meeting, AgendaItem item) =>
            [.. meeting.Attendance.Where(a => Meeting.VotingKinds.Contains(a.Kind)).Select(a => a.PersonId)
                .Except(item.Declarations.Where(d => d.LeftTheRoom).Select(d => d.PersonId))];

        /// <summary>Counts within the members there to vote: unanimous, or contested.</summary>
        private Vote Votes(Meeting meeting, AgendaItem item, bool contested)
        {
            var n = Voters(meeting, item).Count;
            var against = contested ? _random.Next(0, n / 3 + 1) : 0;
            var abstentions = Math.Min(n - against, _random.Next(0, 3));
            return new Vote(n - against - abstentions, against, abstentions);
        }

        /// <summary>A budget decision's vote, by name (SI 2014/165): the ruling group for, most others against.</summary>
        private Vote ByName(Meeting meeting, AgendaItem item)
        {
            var voters = Voters(meeting, item);
            var ruling = voters.GroupBy(id => _people[id].Party).OrderByDescending(g => g.Count()).First().Key;
            return Vote.Recorded([.. voters.Select(id => new RecordedVoteLine(id,
                _people[id].Party == ruling ? VoteChoice.For : _random.Chance(0.8) ? VoteChoice.Against : VoteChoice.Abstain))]);
        }

        /// <summary>A notice of motion: placed on the agenda on its notice, moved, sometimes amended (the amendment
        /// carried or lost), and carried or lost; a carried motion's words are the item's resolution.</summary>
        private void Debate(Meeting meeting, Business business, DateOnly day)
        {
            var topic = business.Topic;
            var motion = new Motion(topic.Title, topic.Mover, topic.Seconder, topic.MotionText!, day.AddDays(-_random.Next(14, 21)));
            _db.Motions.Add(motion);
            motion.PlaceOnAgenda(business.Item.Id, day, Procedure, Days);
            motion.Move(meeting.Id);
            var voters = Voters(meeting, business.Item);
            var minutes = $"{_people[topic.Mover].DisplayName} moved and {_people[topic.Seconder].DisplayName} seconded the motion.";
            if (_random.Chance(0.4))
            {
                var others = voters.Where(id => id != topic.Mover && id != topic.Seconder && _people[id].Kind == PersonKind.Councillor).ToList();
                var (mover, seconder) = (others[0], others[^1]);
                motion.TableAmendment(mover, seconder, Texts.Amend(topic.MotionText!, _random), day.AddDays(-2).ToDateTime(new TimeOnly(11, 0)),
                    meeting.StartsAt, Procedure, Days, meeting.Id);
                motion.MoveAmendment(1, meeting.Id);
                var carried = _random.Chance(0.5);
                var vote = Votes(meeting, business.Item, contested: true);
                if (carried && vote.For > vote.Against) motion.CarryAmendment(1, meeting, vote);
                else { carried = false; motion.LoseAmendment(1, meeting, new Vote(vote.Against, vote.For, vote.Abstentions)); }
                minutes += $"\n\n{_people[mover].DisplayName} moved and {_people[seconder].DisplayName} seconded an amendment, which was {(carried ? "carried" : "lost")}.";
            }
            var final = Votes(meeting, business.Item, contested: true);
            if (final.For > final.Against)
            {
                motion.Carry(final, meeting.Id);
                meeting.MinuteItem(business.Item, null, minutes + "\n\nThe motion was put to the vote and carried.", "Resolved:");
                meeting.Resolve(business.Item, motion.CurrentText, final);
            }
            else
            {
                motion.Lose(meeting.Id);
                meeting.MinuteItem(business.Item, null, minutes + $"\n\nThe motion was put to the vote and lost, {final.Against} voting against and {final.For} for.", null);
            }
        }
    }
}
