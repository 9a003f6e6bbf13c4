package vn.giupxa.fieldwork;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommuneMeetingRepository extends JpaRepository<CommuneMeeting, Long> {
}
