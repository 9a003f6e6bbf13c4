package vn.giupxa.assignment;

/** A leader's position helps the commune ("giúp đỡ"), or a unit sponsors it ("đỡ đầu"). */
public enum AssignmentKind {
	HELP, SPONSORSHIP
}
