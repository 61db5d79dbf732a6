sample	k__A|p__B	k__A
x	1.5	3
y	0	0
