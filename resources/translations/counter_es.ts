<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="es">
<context>
    <name>AdviceRow</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="72"/>
        <source>Recomendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="75"/>
        <source>Añadir a la venta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvisorDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="101"/>
        <source>Asesoramiento de belleza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="109"/>
        <source>Recoger el consentimiento ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="119"/>
        <source>Guardar diagnóstico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="121"/>
        <source>Empezar de nuevo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="143"/>
        <source>Guardar hábitos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="159"/>
        <source>Diagnóstico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="160"/>
        <source>Historial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="161"/>
        <source>Hábitos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="162"/>
        <source>Consejos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="165"/>
        <source>Informe para el cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="169"/>
        <source>Enviar informe por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="172"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="206"/>
        <source>Asesoramiento · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="215"/>
        <source>{name} no ha dado su consentimiento para registrar datos de piel y hábitos (o lo ha retirado). Sin él no se puede anotar ni consultar su diagnóstico. Si lo desea, puede darlo ahora: lo lee, lo marca y firma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="223"/>
        <source>Los datos de piel y hábitos solo se registran para socias y socios del club, con su consentimiento firmado. {name} puede hacerse socio/a con una compra de esta visita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="247"/>
        <source>Se le acaba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="252"/>
        <source>Se acabó el {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="252"/>
        <source>Se acaba el {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="260"/>
        <source>Sugerencias para su piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="267"/>
        <source>Se suele comprar junto con lo que lleva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="278"/>
        <source>Nada por ahora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="285"/>
        <source>«{name}» añadido a la venta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="306"/>
        <source>«{name}» recomendado en el diagnóstico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="314"/>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="380"/>
        <source>Revise los datos marcados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="329"/>
        <source>Diagnóstico guardado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="369"/>
        <source>Corrigiendo el diagnóstico del {d}: al guardar, sustituye al anterior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="383"/>
        <source>No hay cambios que guardar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="396"/>
        <source>Hábitos guardados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="401"/>
        <source>Producto recomendado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="401"/>
        <source>Producto que usa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="450"/>
        <source>Consentimiento firmado y guardado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="462"/>
        <source>Informe de cuidado de la piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="478"/>
        <source>Solo se envía por e-mail a quien dio su e-mail y aceptó recibir nuestros correos. Imprímalo para que se lo lleve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="491"/>
        <source>El informe se enviará a {to}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvisorLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="14"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="15"/>
        <source>Seca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="16"/>
        <source>Grasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="17"/>
        <source>Mixta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="20"/>
        <source>Baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="21"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="22"/>
        <source>Alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="25"/>
        <source>Líneas finas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="26"/>
        <source>Arrugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="27"/>
        <source>Manchas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="28"/>
        <source>Acné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="29"/>
        <source>Rojeces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="30"/>
        <source>Ojeras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="31"/>
        <source>Poros dilatados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="32"/>
        <source>Tono apagado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="33"/>
        <source>Deshidratación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="36"/>
        <source>Frente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="37"/>
        <source>Ojos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="38"/>
        <source>Nariz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="39"/>
        <source>Mejillas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="40"/>
        <source>Boca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="41"/>
        <source>Mentón</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="42"/>
        <source>Cuello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="45"/>
        <source>Siempre se quema, nunca se broncea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="46"/>
        <source>Se quema con facilidad, se broncea poco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="47"/>
        <source>A veces se quema, se broncea poco a poco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="48"/>
        <source>Rara vez se quema, se broncea con facilidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="49"/>
        <source>Casi nunca se quema, piel morena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="50"/>
        <source>Nunca se quema, piel muy oscura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="54"/>
        <source>Limpieza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="55"/>
        <source>Tónico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="56"/>
        <source>Sérum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="57"/>
        <source>Hidratante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="58"/>
        <source>Contorno de ojos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="59"/>
        <source>Protección solar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="60"/>
        <source>Maquillaje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="61"/>
        <source>Desmaquillante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="62"/>
        <source>Cuerpo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="63"/>
        <source>Cabello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="66"/>
        <source>Mañana y noche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="67"/>
        <source>Una vez al día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="68"/>
        <source>Varias veces por semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="69"/>
        <source>Una vez por semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="70"/>
        <source>De vez en cuando</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="73"/>
        <source>Sin perfume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="74"/>
        <source>Vegano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="75"/>
        <source>Para piel sensible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="78"/>
        <source>Hasta 20 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="79"/>
        <source>20–50 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="80"/>
        <source>Más de 50 €</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="27"/>
        <source>Necesita atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="32"/>
        <source>Cambios que el servidor no aceptó (se conservan aquí y no se reenvían) y casos abiertos de la tienda. La central los revisa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Sobre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="44"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="57"/>
        <source>Cambio rechazado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="58"/>
        <source>Saldo de puntos en negativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="59"/>
        <source>Venta a revisar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="48"/>
        <source>Código de producto (F3) y Intro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="50"/>
        <source>Añadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="70"/>
        <source>Una unidad menos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="71"/>
        <source>Una unidad más</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="72"/>
        <source>Cantidad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="73"/>
        <source>Dto. línea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="74"/>
        <source>Quitar línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="75"/>
        <source>Dto. ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="94"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="96"/>
        <source>Descuentos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="99"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="102"/>
        <source>Cobrar (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="107"/>
        <source>Venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="183"/>
        <source>Cantidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="183"/>
        <source>Unidades:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="198"/>
        <source>Descuento de línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="207"/>
        <source>Descuento de ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="242"/>
        <source>IVA {rate} %: {vat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="250"/>
        <source>Puntos de esta venta: {n}, para el nuevo socio/a {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="255"/>
        <source>Sin cliente: esta venta no suma puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="257"/>
        <source>Puntos de esta venta: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="35"/>
        <source>Producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="36"/>
        <source>Cant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="37"/>
        <source>Precio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="38"/>
        <source>Dto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="39"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="114"/>
        <source>Consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="118"/>
        <source>Texto versión {v} · {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="133"/>
        <source>Obligatorio para ser socio/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="151"/>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="196"/>
        <source>Firma de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="155"/>
        <source>Borrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="156"/>
        <source>Deshacer trazo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="163"/>
        <source>Firmar y aceptar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="165"/>
        <source>Volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="205"/>
        <source>marcar las condiciones del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="207"/>
        <source>marcar lo que acepta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="209"/>
        <source>firmar en el recuadro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="211"/>
        <source>Para aceptar falta: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="59"/>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="61"/>
        <source>Consentimientos de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="84"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="85"/>
        <source>Tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="86"/>
        <source>Atendió</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="87"/>
        <source>Versión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="88"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="100"/>
        <source>Sí: lo da · No: lo retira · —: sin cambios en ese registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="104"/>
        <source>Reimprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="106"/>
        <source>Enviar por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="107"/>
        <source>Enviar el documento de este registro a su e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="109"/>
        <source>Cambiar elección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="111"/>
        <source>Guardar cambios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="113"/>
        <source>Descartar cambios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="115"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="137"/>
        <source>Situación actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="141"/>
        <source>Historial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="176"/>
        <source>Sí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="176"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="184"/>
        <source>El documento firmado está en la central: disponible tras sincronizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="201"/>
        <source>Dado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="201"/>
        <source>No dado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="266"/>
        <source>Retirar un consentimiento tiene efecto en esta tienda al guardarlo, y en todas las demás en cuanto se sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="273"/>
        <source>Darse de baja del club retira también todos los demás consentimientos. La tarjeta y los puntos dejan de valer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="280"/>
        <source>No es socio/a del club: aquí solo se puede retirar. Para volver a ser socio/a, haga un alta nueva con una compra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="287"/>
        <source>Quitar una marca la retira sin firma. Marcar una nueva la da: el cliente la leerá y firmará.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="305"/>
        <source>No ha cambiado ninguna elección.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="318"/>
        <source>Baja del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="320"/>
        <source>{name} dejará de ser socio/a del club y se retirarán todos sus consentimientos. ¿Darle de baja?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="323"/>
        <source>Dar de baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="324"/>
        <source>No, volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="370"/>
        <source>Guardado. Ya cuenta en esta tienda; en las demás, en cuanto esta tableta sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="90"/>
        <source>Cámara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="93"/>
        <source>Devolución (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="95"/>
        <source>Tickets (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="97"/>
        <source>Reposiciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="98"/>
        <source>Clientes a los que se les acaba un producto esta semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="100"/>
        <source>Nueva venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="102"/>
        <source>Cambiar usuario (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="164"/>
        <source>Alta de {new} descartada (no se ha guardado nada): la venta es para {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="169"/>
        <source>Cliente: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="199"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="275"/>
        <source>Nuevo socio/a: {name} — se dará de alta al cobrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="217"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="222"/>
        <source>Descartar el alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="219"/>
        <source>El alta de {name} todavía no se ha guardado: se guarda al cobrar. Si la descarta, se pierden sus datos y su firma. ¿Descartarla?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="223"/>
        <source>No, mantenerla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="233"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="329"/>
        <source>Alta de {name} descartada: no se ha guardado nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="398"/>
        <source>Cámara activa: muestre el código a la cámara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="401"/>
        <source>No se puede usar la cámara: {r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticForm</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="180"/>
        <source>Tipo de piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="187"/>
        <source>Sensibilidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="192"/>
        <source>Fototipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="200"/>
        <source>Preocupaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="203"/>
        <source>Zonas tratadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="212"/>
        <source>Niveles (0 a 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="216"/>
        <source>Hidratación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="216"/>
        <source>Grasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="241"/>
        <source>Lectura del medidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="244"/>
        <source>Toque aquí y mida con el analizador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="264"/>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="272"/>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="274"/>
        <source>Lo que observa, lo que cuenta el cliente, lo que le ha aconsejado…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="290"/>
        <source>Añadir del catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="319"/>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="339"/>
        <source>Próxima cita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="324"/>
        <source>+2 semanas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="325"/>
        <source>+1 mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="326"/>
        <source>+3 meses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="327"/>
        <source>Otra fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="341"/>
        <source>Quitar cita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="348"/>
        <source>Sin próxima cita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="451"/>
        <source>«{name}» ya está en la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="493"/>
        <source>Leído del medidor: {levels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="500"/>
        <source>No se entiende «{text}»: vuelva a medir o escriba los niveles a mano.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="579"/>
        <source>del medidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="581"/>
        <source>a mano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="626"/>
        <source>Quitar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="627"/>
        <source>Quitar {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="635"/>
        <source>Ninguno todavía: «Añadir del catálogo» para recomendar un producto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="644"/>
        <source>Productos recomendados ({n}/{limit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticHistory</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="111"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="112"/>
        <source>Tienda · asesor/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="113"/>
        <source>Tipo de piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="114"/>
        <source>Sensibilidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="115"/>
        <source>Hidratación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="116"/>
        <source>Grasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="117"/>
        <source>Fototipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="118"/>
        <source>Preocupaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="119"/>
        <source>Zonas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="120"/>
        <source>Productos recomendados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="121"/>
        <source>Próxima cita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="122"/>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="143"/>
        <source>Aún no hay diagnósticos de este cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="189"/>
        <source>corregido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="191"/>
        <source>corrección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="240"/>
        <source>sin medir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="248"/>
        <source>Medido con el analizador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="250"/>
        <source>Escrito a mano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="254"/>
        <source>Corregir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="255"/>
        <source>Registrar una corrección de este diagnóstico</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="32"/>
        <source>Porcentaje (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="33"/>
        <source>Importe (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="39"/>
        <source>0 para quitar el descuento</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="70"/>
        <source>Preparando el documento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="82"/>
        <source>Imprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="83"/>
        <source>Guardar PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="84"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="133"/>
        <source>Guardar PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueListDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="39"/>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="63"/>
        <source>Reposiciones de la semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="41"/>
        <source>Buscando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Se le acaba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Avisar por</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="54"/>
        <source>Abrir ficha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="56"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="75"/>
        <source>%n cliente(s) con algún producto que se acaba en los próximos 7 días, {r} de ellos con permiso para recibir avisos. A los demás, dígaselo cuando vengan.</source>
        <translation>
            <numerusform>%n cliente con algún producto que se acaba en los próximos 7 días, {r} de ellos con permiso para recibir avisos. A los demás, dígaselo cuando vengan.</numerusform>
            <numerusform>%n clientes con algún producto que se acaba en los próximos 7 días, {r} de ellos con permiso para recibir avisos. A los demás, dígaselo cuando vengan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="82"/>
        <source>A nadie se le acaba nada esta semana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="85"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="85"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="97"/>
        <source>En tienda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="29"/>
        <source>Posibles duplicados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="60"/>
        <source>Ningún cliente conocido coincide por ahora. Se comprueba el DNI/NIE, el teléfono, el e-mail, y el nombre con la fecha de nacimiento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="67"/>
        <source>Puede que ya sea cliente: compruébelo con él o ella y, si es la misma persona, abra su ficha en lugar de crear otra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="78"/>
        <source>Socio/a del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="78"/>
        <source>No es socio/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="81"/>
        <source>Tarjeta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="83"/>
        <source>Tel. {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="88"/>
        <source>Coincide: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="92"/>
        <source>Abrir ficha</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="12"/>
        <source>Condiciones del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="13"/>
        <source>Ofertas por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="14"/>
        <source>Ofertas por SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="15"/>
        <source>Ofertas personalizadas (perfil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="16"/>
        <source>Datos de piel y hábitos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="19"/>
        <source>Club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="20"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="21"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="22"/>
        <source>Perfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="23"/>
        <source>Piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="26"/>
        <source>mismo DNI/NIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="27"/>
        <source>mismo teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="28"/>
        <source>mismo e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="29"/>
        <source>nombre parecido y misma fecha de nacimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="34"/>
        <source>Mujer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="35"/>
        <source>Hombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="36"/>
        <source>No binario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="42"/>
        <source>Alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="43"/>
        <source>Cambio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="23"/>
        <source>El código {code} no es válido (dígito de control incorrecto). Vuelva a escanearlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="27"/>
        <source>No hay ningún producto con el código {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="28"/>
        <source>«{name}» ({code}) está dado de baja y no se puede vender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="31"/>
        <source>La cantidad debe ser un número entero entre 1 y 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="34"/>
        <source>«{text}» no es un importe válido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="35"/>
        <source>Su perfil permite descuentos de hasta el {limit} %. Pida a un encargado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="38"/>
        <source>No hay ningún producto en el ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="39"/>
        <source>Faltan {missing} por cobrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="40"/>
        <source>Código o PIN incorrecto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="41"/>
        <source>Demasiados intentos. Código bloqueado {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="44"/>
        <source>Esta tableta lleva más de {days} días sin conectar con la central: conéctela a la red y sincronice para iniciar sesión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="49"/>
        <source>Su perfil no permite esta operación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="50"/>
        <source>No se encuentra el ticket {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="51"/>
        <source>Solo quedan {left} unidades de «{name}» por devolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="54"/>
        <source>Cliente no encontrado en esta tienda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="55"/>
        <source>«{text}» no es un DNI ni un NIE: un DNI son 8 cifras y una letra; un NIE, X, Y o Z, 7 cifras y una letra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="60"/>
        <source>La letra de «{text}» no corresponde a sus cifras: debería ser {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="63"/>
        <source>«{text}» no es un teléfono válido: 9 cifras, o + y el prefijo del país si es extranjero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="105"/>
        <source>Menor de {age} años: el alta necesita el consentimiento de su madre, padre o tutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="67"/>
        <source>«{text}» no es un e-mail válido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="68"/>
        <source>Un e-mail lleva una arroba (@), y solo una: nombre@dominio.es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="71"/>
        <source>Un e-mail no puede llevar espacios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="72"/>
        <source>Falta el nombre antes de la arroba: nombre@dominio.es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="75"/>
        <source>Después de la arroba falta el dominio con su punto, como en @gmail.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="78"/>
        <source>Un e-mail no puede llevar dos puntos seguidos (..).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="81"/>
        <source>Este dato es obligatorio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="82"/>
        <source>Demasiado largo: tiene {length} caracteres y caben {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="85"/>
        <source>«{char}» no puede ir en un nombre: solo letras, espacios, guiones, apóstrofos y puntos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="89"/>
        <source>Un nombre tiene que llevar letras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="90"/>
        <source>«{text}» no es un código postal español: son 5 cifras, de 01000 a 52999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="93"/>
        <source>Escriba la fecha como día/mes/año, por ejemplo 14/03/1991.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="96"/>
        <source>La fecha {text} no existe: revise el día y el mes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="99"/>
        <source>La fecha de nacimiento no puede ser posterior a hoy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="102"/>
        <source>Son más de {years} años: revise el año de nacimiento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="109"/>
        <source>Indique un teléfono o un e-mail: al menos uno de los dos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="112"/>
        <source>Elija una de las opciones de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="113"/>
        <source>Para ser socio/a del club hay que aceptar sus condiciones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="116"/>
        <source>La firma es demasiado corta o pequeña. Borre y pida al cliente que firme de nuevo, a lo ancho del recuadro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="121"/>
        <source>No ha cambiado ninguna elección.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="122"/>
        <source>Esta tableta aún no puede emitir tarjetas de socio: debe sincronizar una vez con la central. Sincronice, o descarte el alta para cobrar la venta sin ella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="127"/>
        <source>Esta tableta ha emitido todas sus tarjetas de socio: avise a la central. Descarte el alta para cobrar la venta sin ella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="132"/>
        <source>Este cliente ya es socio/a del club.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="133"/>
        <source>Este cliente no tiene e-mail. Añada su e-mail en sus datos de cliente y vuelva a enviarlo, o imprima el documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="139"/>
        <source>Este cliente no ha dado su consentimiento para guardar datos de piel y hábitos, o lo ha retirado. Sin él no se guarda el diagnóstico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="144"/>
        <source>«{value}» no vale: el nivel va de 0 a 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="145"/>
        <source>Escriba un número de 0 a 100, o déjelo en blanco si no se ha medido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="148"/>
        <source>Las notas tienen {length} caracteres y caben {limit}: acórtelas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="151"/>
        <source>La próxima cita ya ha pasado: elija una fecha y hora posteriores a ahora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="154"/>
        <source>La próxima cita es a más de un año vista: elija una fecha más cercana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="157"/>
        <source>Elija el tipo de piel: es lo mínimo que recoge un diagnóstico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="160"/>
        <source>Se pueden recomendar {limit} productos como mucho: quite alguno antes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="164"/>
        <source>Los datos de esta tienda no se pueden leer con la clave de esta instalación: se crearon en otra instalación, o la clave se ha perdido.

Llame a soporte. No borre la carpeta de datos ({folder}): las ventas que aún no se han sincronizado solo están ahí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="171"/>
        <source>No se puede leer la clave que protege los datos de la tienda.

Desbloquee el llavero del sistema (cierre la sesión del equipo y vuelva a entrar) o compruebe que la carpeta de la clave está en su sitio y se puede leer; después, vuelva a abrir la aplicación. Si sigue igual, llame a soporte. No borre la carpeta de datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="179"/>
        <source>Los datos de la tienda están abiertos en otro programa, seguramente otra copia de esta aplicación.

Cierre la otra copia y vuelva a abrir la aplicación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="185"/>
        <source>Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HabitsEditor</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="122"/>
        <source>Paso de la rutina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="123"/>
        <source>Producto o marca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="125"/>
        <source>Frecuencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="126"/>
        <source>Desde (MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="151"/>
        <source>Prefiere productos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="152"/>
        <source>Precio habitual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="194"/>
        <source>Producto o marca que usa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="195"/>
        <source>Catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="196"/>
        <source>Elegir del catálogo: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="199"/>
        <source>Frecuencia: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="208"/>
        <source>Desde: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="209"/>
        <source>MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="321"/>
        <source>Escriba el producto o la marca que usa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="324"/>
        <source>Demasiado largo: caben {limit} caracteres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="338"/>
        <source>Revise el producto o la marca de este paso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="348"/>
        <source>Escriba el mes y el año así: 03/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="351"/>
        <source>«{text}» no es un mes que exista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="355"/>
        <source>Ese mes aún no ha llegado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="393"/>
        <source>cambiado ahora, sin guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="411"/>
        <source>cambiado el {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="28"/>
        <source>Historial de tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="40"/>
        <source>Reimprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="42"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="67"/>
        <source>Tarjeta, teléfono, DNI/NIE, e-mail o nombre (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="90"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="90"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="90"/>
        <source>Puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="90"/>
        <source>Compra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="96"/>
        <source>Nuevo cliente (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="98"/>
        <source>Registrar a un cliente nuevo y darle de alta en el club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="101"/>
        <source>Consentimientos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="105"/>
        <source>Imprimir tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="110"/>
        <source>Enviar por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="112"/>
        <source>Enviar la tarjeta de socio a su e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="116"/>
        <source>Hacerse socio/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Dar de alta en el club a este cliente, con la compra de esta visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="123"/>
        <source>Quitar cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="125"/>
        <source>Asesoramiento (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>Diagnóstico de piel, hábitos, consejos e informe (asesoras de belleza)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="156"/>
        <source>Últimas compras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="166"/>
        <source>Descartar alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="169"/>
        <source>Alta en el club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="179"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="197"/>
        <source>Se le acabó {name} ({d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="199"/>
        <source>Se le acaba {name} ({d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="206"/>
        <source>Añadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="207"/>
        <source>Añadir a la venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="245"/>
        <source>socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="245"/>
        <source>no socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="250"/>
        <source>Ningún cliente encontrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="307"/>
        <source>Nuevo socio/a: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="314"/>
        <source>Se dará de alta al cobrar esta venta, y sus puntos serán suyos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="316"/>
        <source>Ha aceptado: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="317"/>
        <source>Si la venta no se cobra, no se guarda nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="338"/>
        <source>Socia del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="338"/>
        <source>No socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="342"/>
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="345"/>
        <source>Tarjeta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="351"/>
        <source>Socia desde {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="354"/>
        <source>Cumpleaños el {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="60"/>
        <source>Hidratación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="60"/>
        <source>Grasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="88"/>
        <source>Con dos visitas medidas verá aquí la evolución</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="33"/>
        <source>Identifíquese para empezar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="35"/>
        <source>Código de empleado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="36"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="44"/>
        <source>Entrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="92"/>
        <source>Escriba su código y su PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="24"/>
        <source>Loyalty Counter — {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="46"/>
        <source>Tienda {store} · Terminal {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97"/>
        <source>Usuario: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="99"/>
        <source>Sin usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="150"/>
        <source>Cambios sin enviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/main_window.py" line="152"/>
        <source>Hay %n cambio(s) sin enviar al servidor. Se enviarán la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</source>
        <translation>
            <numerusform>Hay %n cambio sin enviar al servidor. Se enviará la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</numerusform>
            <numerusform>Hay %n cambios sin enviar al servidor. Se enviarán la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="158"/>
        <source>● En línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="160"/>
        <source>● Sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="111"/>
        <source>dependiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="112"/>
        <source>asesora de belleza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="113"/>
        <source>encargada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDocuments</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="187"/>
        <source>Tarjeta de socio {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="242"/>
        <source>No se ha podido traer el documento firmado de la central (¿sin conexión?). Se podrá reimprimir cuando esta tableta sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="263"/>
        <source>El documento firmado está guardado en la central: se podrá enviar desde aquí cuando esta tableta sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="271"/>
        <source>No se ha podido traer el documento firmado de la central (¿sin conexión?). Se podrá enviar cuando esta tableta sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="306"/>
        <source>Preparando el e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="320"/>
        <source>La tarjeta se enviará a {address} cuando este terminal se conecte con la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="325"/>
        <source>El consentimiento se enviará a {address} cuando este terminal se conecte con la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="331"/>
        <source>La tarjeta se enviará a {address} en unos minutos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="333"/>
        <source>El consentimiento se enviará a {address} en unos minutos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="337"/>
        <source>La tarjeta se enviará a {address} en la próxima sincronización.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="340"/>
        <source>El consentimiento se enviará a {address} en la próxima sincronización.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="234"/>
        <source>El documento firmado está guardado en la central: se podrá reimprimir aquí cuando esta tableta sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="248"/>
        <source>Consentimiento firmado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="39"/>
        <source>Cobrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="44"/>
        <source>Total a cobrar: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="58"/>
        <source>Todo con tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="60"/>
        <source>Efectivo exacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="67"/>
        <source>Confirmar cobro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="70"/>
        <source>Volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="73"/>
        <source>Dar de alta en el club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="77"/>
        <source>Registrar al cliente y darle de alta: los puntos de esta compra serán suyos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="86"/>
        <source>Tarjeta (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="89"/>
        <source>Efectivo entregado (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="132"/>
        <source>Cambio: {c}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="37"/>
        <source>Nombre, marca o código del producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="48"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="63"/>
        <source>Escriba al menos dos letras o escanee el producto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="84"/>
        <source>Ningún producto a la venta coincide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectingStoreWindow</name>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="55"/>
        <source>Protegiendo los datos de la tienda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="59"/>
        <source>Esta versión cifra los datos de la tienda la primera vez que se abre. Con muchos clientes puede tardar cerca de un minuto: no apague la tableta ni cierre la aplicación.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="66"/>
        <source>Ticket {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="71"/>
        <source>Preparando el ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="77"/>
        <source>Imprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="78"/>
        <source>Guardar PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="79"/>
        <source>Nueva venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="110"/>
        <source>Bienvenida al club: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="115"/>
        <source>Tarjeta de socio nº {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="119"/>
        <source>Imprimir tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="121"/>
        <source>Imprimir consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="124"/>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="128"/>
        <source>Enviar por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="126"/>
        <source>Enviar la tarjeta de socio a su e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="131"/>
        <source>Enviar el consentimiento firmado a su e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="158"/>
        <source>Total: &lt;b&gt;{t}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="163"/>
        <source>&lt;span style=&apos;font-size:28px&apos;&gt;Cambio: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="169"/>
        <source>Puntos: {p} · Saldo: {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="185"/>
        <source>No se ha podido preparar el ticket: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="194"/>
        <source>Guardar ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="102"/>
        <source>Nuevo cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="102"/>
        <source>Hacerse socio/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="107"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="108"/>
        <source>Apellidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="109"/>
        <source>DNI/NIE (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="110"/>
        <source>Fecha de nacimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="111"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="112"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="113"/>
        <source>Código postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="114"/>
        <source>Idioma preferido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="115"/>
        <source>Género (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="119"/>
        <source>DNI/NIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="120"/>
        <source>Género</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="124"/>
        <source>dd/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="126"/>
        <source>nombre@dominio.es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="143"/>
        <source>Teléfono o e-mail: al menos uno de los dos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="172"/>
        <source>Datos del nuevo cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="176"/>
        <source>El alta en el club se completa al cobrar la compra de esta visita; si no hay compra, no se guarda nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="181"/>
        <source>Compruebe sus datos con el cliente y complete los que falten. Se hace socio/a al cobrar la compra de esta visita; si no hay compra, no cambia nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="189"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="193"/>
        <source>Continuar: consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="234"/>
        <source>— sin indicar —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="280"/>
        <source>Hacerse socio/a: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="338"/>
        <source>Para continuar, complete o revise: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="402"/>
        <source>Descartar el alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="403"/>
        <source>Se perderán los datos escritos. ¿Descartar este nuevo cliente?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="405"/>
        <source>Se perderán los cambios en sus datos. ¿Dejar el alta en el club?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="406"/>
        <source>Descartar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="407"/>
        <source>Seguir con el alta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="35"/>
        <source>Devolución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="38"/>
        <source>Escanee el QR del ticket o escriba su número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="40"/>
        <source>Buscar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Vendidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Ya devueltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="54"/>
        <source>Devolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="52"/>
        <source>Reembolso en efectivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="53"/>
        <source>Reembolso a tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="57"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="89"/>
        <source>Ticket {n} del {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="122"/>
        <source>Indique cuántas unidades se devuelven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="72"/>
        <source>Configurar este terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="77"/>
        <source>Registrar este terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="80"/>
        <source>Es la primera vez que se abre la aplicación en este terminal. Escriba la dirección del servidor, el código de la tienda y el código de registro que le ha dado la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="93"/>
        <source>Dirección del servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="94"/>
        <source>Código de tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="95"/>
        <source>Código de registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="106"/>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="241"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="108"/>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="139"/>
        <source>La dirección del servidor empieza por http:// o https://, por ejemplo http://192.168.1.10:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="145"/>
        <source>El código de tienda solo lleva letras y números, como S001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="149"/>
        <source>El código de registro tiene 12 letras y números: XXXX-XXXX-XXXX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="174"/>
        <source>Registrando el terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="199"/>
        <source>No se puede conectar con el servidor {url}. Compruebe la dirección y que el terminal tenga red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="204"/>
        <source>El servidor necesita una versión más nueva de esta aplicación. Actualícela antes de registrar el terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="208"/>
        <source>El servidor no responde bien ahora. Inténtelo en unos minutos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="210"/>
        <source>Este terminal ya está registrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="214"/>
        <source>El código de registro no es válido para la tienda {store}. Compruebe los dos códigos o pida uno nuevo a la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="218"/>
        <source>Este código de registro ya se ha usado. Pida uno nuevo a la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="221"/>
        <source>Este código de registro ha caducado. Pida uno nuevo a la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="225"/>
        <source>El servidor no ha aceptado el registro ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="235"/>
        <source>Terminal {device} de {store} registrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="240"/>
        <source>Descargando los datos de la tienda: catálogo, personal y clientes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="246"/>
        <source>Primera sincronización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="262"/>
        <source>Deteniendo la descarga; seguirá en segundo plano…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="108"/>
        <source>Firma del cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="110"/>
        <source>Zona para firmar con el dedo, con el lápiz o con el ratón</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="347"/>
        <source>Firme aquí</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreErrorDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="101"/>
        <source>No se pueden abrir los datos de la tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="105"/>
        <source>Cerrar la aplicación</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="135"/>
        <source>%n cambio(s) pendiente(s) de sincronizar</source>
        <translation>
            <numerusform>%n cambio pendiente de sincronizar</numerusform>
            <numerusform>%n cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="68"/>
        <source>Sincronizar ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="131"/>
        <source>Revisar (%n)</source>
        <translation>
            <numerusform>Revisar (%n)</numerusform>
            <numerusform>Revisar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="133"/>
        <source>● Sin servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="138"/>
        <source>Este terminal no está registrado en ningún servidor: no se sincroniza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="159"/>
        <source>● Sincronizando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="161"/>
        <source>● La sincronización no avanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="162"/>
        <source>● Terminal dado de baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="163"/>
        <source>● Hay que actualizar la aplicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="168"/>
        <source>%n cambio(s) pendiente(s)</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="171"/>
        <source>(desde {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="173"/>
        <source>Sin cambios pendientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="175"/>
        <source>%n cambio(s) rechazado(s)</source>
        <translation>
            <numerusform>%n cambio rechazado</numerusform>
            <numerusform>%n cambios rechazados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="178"/>
        <source>última sincronización {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="181"/>
        <source>aún sin sincronizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="186"/>
        <source>No se puede contactar con el servidor. Las ventas se guardan aquí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="188"/>
        <source>Siguiente intento: {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="194"/>
        <source>El servidor responde, pero hay cambios que no se envían. Avise a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="197"/>
        <source>La central ha dado de baja este terminal. Avise a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="199"/>
        <source>El servidor no admite esta versión de la aplicación. Avise a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="205"/>
        <source>hace %n min</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="207"/>
        <source>hace %n h</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="208"/>
        <source>hace %n día(s)</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="219"/>
        <source>Terminal dado de baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="221"/>
        <source>La central ha dado de baja este terminal y ya no se sincroniza con el servidor.

Las ventas se siguen guardando aquí y no se pierde nada. Avise a soporte para volver a registrarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="226"/>
        <source>Hay que actualizar la aplicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="228"/>
        <source>El servidor ya no admite esta versión de la aplicación.

Las ventas se siguen guardando aquí y se enviarán cuando la aplicación esté actualizada. Avise a soporte para actualizarla.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
