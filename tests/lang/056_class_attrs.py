# Class attributes vs instance attributes; class-level counters.

class Robot:
    population = 0
    default_speed = 5
    names = []

    def __init__(self, name):
        self.name = name
        Robot.population += 1
        Robot.names.append(name)
        self.serial = Robot.population

    def set_speed(self, speed):
        self.default_speed = speed

    def die(self):
        Robot.population -= 1

r1 = Robot("R2")
r2 = Robot("C3")
r3 = Robot("K2")
print(Robot.population, r1.population, r1.serial, r3.serial)
print(Robot.names, r2.names is Robot.names)
r1.set_speed(9)
print(r1.default_speed, r2.default_speed, Robot.default_speed)
Robot.default_speed = 7
print(r1.default_speed, r2.default_speed, r3.default_speed)
r2.die()
print(Robot.population)
r3.population = 100
print(r3.population, Robot.population, r1.population)

class Config:
    debug = False
    level = "info"

Config.debug = True
Config.extra = [1, 2]
print(Config.debug, Config.level, Config.extra)
cfg = Config()
print(cfg.debug, cfg.extra)
cfg.extra.append(3)
print(Config.extra)

class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"

class Triangle(Shape):
    sides = 3

class Square(Shape):
    sides = 4

for s in [Shape(), Triangle(), Square()]:
    print(s.describe())
Triangle.sides = 30
print(Triangle().describe(), Shape.sides)

class IdGen:
    next_id = 1

    @classmethod
    def new_id(cls):
        value = cls.next_id
        cls.next_id += 1
        return value

print([IdGen.new_id() for _ in range(4)], IdGen.next_id)
