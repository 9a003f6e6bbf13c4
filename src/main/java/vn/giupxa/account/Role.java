package vn.giupxa.account;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actors of the help system (mission.md, "Actors"). A role says what kind of work an account
 * does; its scope says where.
 */
public enum Role {

	/** Quản trị hệ thống. */
	ADMIN,
	/** UBND tỉnh / Ban Chỉ đạo tỉnh. */
	PROVINCIAL_LEADERSHIP,
	/** Văn phòng Điều phối nông thôn mới tỉnh: runs assignments, compiles reports. */
	COORDINATION_OFFICE,
	/** Lãnh đạo cơ quan được phân công giúp đỡ xã. */
	AGENCY_LEADER,
	/** Thành viên Tổ giúp việc. */
	HELP_TEAM_MEMBER,
	/** UBND huyện / Ban Chỉ đạo huyện (while the district tier exists). */
	DISTRICT_OFFICER,
	/** UBND xã / Ban Chỉ đạo xã. */
	COMMUNE_OFFICER,
	/** Sở Nội vụ, Sở LĐ-TB&XH, Ban Dân tộc, VP Điều phối: evaluating bodies. */
	EVALUATOR,
	/** Doanh nghiệp, đơn vị đỡ đầu. */
	SPONSOR,
	/** Biên tập viên cổng thông tin. */
	EDITOR;

	public String authority() {
		return "ROLE_" + name();
	}

	/** The roles of the signed-in caller (none for anonymous callers). */
	public static Set<Role> ofCaller() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null) {
			for (GrantedAuthority granted : authentication.getAuthorities()) {
				for (Role role : values()) {
					if (role.authority().equals(granted.getAuthority())) {
						roles.add(role);
					}
				}
			}
		}
		return roles;
	}
}
