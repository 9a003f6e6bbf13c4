package vn.giupxa.assignment;

/**
 * Who helps on a day and how to reach them. {@code carriedByLeadership}: the assigned seat was vacant, so the
 * agency's head carries the assignment on; {@code officialName} null: only the agency can be named.
 */
record Helper(String officialName, String title, String agencyName, String email, String phone,
		boolean carriedByLeadership) {
}
