package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.giupxa.account.AccountContacts;
import vn.giupxa.directory.Directory;
import vn.giupxa.directory.OfficialView;
import vn.giupxa.directory.PositionHolderView;
import vn.giupxa.notification.Notice;
import vn.giupxa.notification.Notifications;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitView;

/**
 * Tells the help team of an issued assignment, and the leader holding the assigned seat, that a member joined or
 * left (in-app notice and e-mail copy), in the transaction that changed the team.
 */
@Component
class TeamNotices {

	private final Notifications notifications;

	private final AccountContacts contacts;

	private final Directory directory;

	private final Territory territory;

	TeamNotices(Notifications notifications, AccountContacts contacts, Directory directory, Territory territory) {
		this.notifications = notifications;
		this.contacts = contacts;
		this.directory = directory;
		this.territory = territory;
	}

	void joined(Assignment assignment, HelpTeamMember member) {
		tell(assignment, member, "assignment.notice.memberJoined", member.getStartOn());
	}

	void left(Assignment assignment, HelpTeamMember member) {
		tell(assignment, member, "assignment.notice.memberLeft", member.getEndOn());
	}

	private void tell(Assignment assignment, HelpTeamMember member, String messageKey, LocalDate day) {
		Set<Long> officials = new HashSet<>();
		officials.add(member.getOfficialId());
		assignment.teamOn(day).forEach(m -> officials.add(m.getOfficialId()));
		if (assignment.getPositionId() != null) {
			directory.holderOn(assignment.getPositionId(), day).map(PositionHolderView::officialId).ifPresent(officials::add);
		}
		Set<String> recipients = new HashSet<>();
		officials.forEach(official -> recipients.addAll(contacts.usernamesOfOfficial(official)));
		if (recipients.isEmpty()) {
			return;
		}
		String name = directory.official(member.getOfficialId()).map(OfficialView::fullName).orElse("…");
		String commune = territory.findById(assignment.getUnitId()).map(UnitView::name).orElse("…");
		notifications.send(new Notice(recipients, messageKey, List.of(name, commune, Dates.format(day)), "/assignments",
				null, true));
	}
}
