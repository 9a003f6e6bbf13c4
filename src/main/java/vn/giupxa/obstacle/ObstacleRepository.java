package vn.giupxa.obstacle;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObstacleRepository extends JpaRepository<Obstacle, Long> {
}
